package com.awshiringbot.console;

import com.awshiringbot.knowledge.Language;

/** The console chat's own sentences, in Korean and English. */
final class Texts {
    static final String GREETING_KO = "AWS 채용 안내 봇입니다. 궁금한 것을 물어보세요. (/help 도움말, /quit 끝내기)";
    static final String GREETING_EN = "Ask me about getting hired at AWS, in Korean or English. (/help, /quit)";

    private Texts() {
    }

    static String help(Language language) {
        return language == Language.EN
                ? "Type a question and press Enter.\n"
                        + "  /stages  the hiring stages, in order\n"
                        + "  /faq     frequently asked questions\n"
                        + "  /quit    leave\n"
                        + "Type a number to open that item of the list just shown."
                : "질문을 입력하고 Enter를 누르세요.\n"
                        + "  /stages  채용 단계 (순서대로)\n"
                        + "  /faq     자주 묻는 질문\n"
                        + "  /quit    끝내기\n"
                        + "번호를 입력하면 바로 위 목록의 그 항목을 엽니다.";
    }

    static String stagesHeader(Language language) {
        return language == Language.EN ? "The hiring stages:" : "채용 단계:";
    }

    static String noStages(Language language) {
        return language == Language.EN ? "The knowledge has no hiring stages." : "채용 단계 정보가 없어요.";
    }

    static String faqHeader(Language language) {
        return language == Language.EN ? "Frequently asked questions:" : "자주 묻는 질문:";
    }

    static String noFaq(Language language) {
        return language == Language.EN ? "The knowledge has no FAQ entries." : "자주 묻는 질문이 없어요.";
    }

    static String relatedHeader(Language language) {
        return language == Language.EN ? "Related:" : "함께 보기:";
    }

    static String noSuchChoice(Language language, int number) {
        return language == Language.EN ? "There is no item " + number + " in the last list. Type /help."
                : number + "번 항목이 없어요. /help 를 입력해 보세요.";
    }

    static String unknownCommand(Language language, String command) {
        return language == Language.EN ? "Unknown command " + command + ". Type /help."
                : "모르는 명령이에요: " + command + " (/help 를 입력해 보세요)";
    }

    static String bye(Language language) {
        return language == Language.EN ? "Bye!" : "안녕히 가세요!";
    }
}
