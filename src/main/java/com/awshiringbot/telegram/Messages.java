package com.awshiringbot.telegram;

import com.awshiringbot.knowledge.Language;
import java.text.NumberFormat;
import java.util.Locale;

/** The bot's own sentences, in Korean and English. HTML-safe: none of them holds {@code <}, {@code >} or {@code &}. */
final class Messages {

    private Messages() {
    }

    static String greeting(Language l) {
        return l == Language.EN
                ? "Hi! I answer questions about getting hired at AWS 👋\n"
                        + "I know the hiring process and interview stages, the loop interview and STAR answers, the "
                        + "Leadership Principles, English, culture and benefits — from two Korean blog posts (see /about).\n"
                        + "I don't know salaries, other companies, or how to use AWS services.\n"
                        + "Ask me in your own words, or tap a menu below."
                : "안녕하세요! AWS 입사에 관한 질문에 답하는 봇이에요 👋\n"
                        + "지원 과정과 면접 단계, 루프 면접과 STAR 답변, 리더십 원칙, 영어, 문화와 복지에 대해 두 개의 "
                        + "블로그 후기를 바탕으로 답해 드려요 (/about).\n"
                        + "연봉, 다른 회사, AWS 서비스 사용법은 몰라요.\n"
                        + "궁금한 것을 편하게 물어보거나 아래 메뉴를 눌러 보세요.";
    }

    static String help(Language l, String botUsername) {
        return l == Language.EN
                ? "Send me a question as a sentence, e.g. “What is the loop interview?”\n\n"
                        + "/start — greeting and menu\n/stages — the hiring stages in order\n/faq — frequent questions\n"
                        + "/about — what I am and my sources\n/help — this help\n\n"
                        + "In a group, mention me (@" + botUsername + ") or reply to my message."
                : "궁금한 것을 문장으로 보내 주세요. 예: “루프 면접이 뭐예요?”\n\n"
                        + "/start — 처음 화면과 메뉴\n/stages — 채용 단계를 순서대로\n/faq — 자주 묻는 질문\n"
                        + "/about — 이 봇과 출처\n/help — 도움말\n\n"
                        + "그룹에서는 저를 멘션(@" + botUsername + ")하거나 제 메시지에 답장해 주세요.";
    }

    static String aboutIntro(Language l) {
        return l == Language.EN
                ? "An unofficial bot that answers questions about getting hired at AWS. Its answers are written in its "
                        + "own words from these sources:"
                : "AWS 입사에 관한 질문에 답하는 비공식 봇이에요. 답은 아래 출처를 바탕으로 직접 정리했어요:";
    }

    static String aboutCaveat(Language l) {
        return l == Language.EN
                ? "AWS's hiring process may have changed since these were written. For the current process, see AWS's "
                        + "official careers pages."
                : "이 글들이 쓰인 뒤로 AWS의 채용 과정이 바뀌었을 수 있어요. 최신 정보는 AWS 공식 채용 페이지를 확인하세요.";
    }

    static String textOnly(Language l) {
        return l == Language.EN
                ? "I can only read text questions — please type your question 🙂"
                : "저는 글로 쓴 질문만 읽을 수 있어요. 궁금한 것을 문장으로 보내 주세요 🙂";
    }

    static String tooLong(Language l, int limit) {
        String number = NumberFormat.getIntegerInstance(Locale.ROOT).format(limit);
        return l == Language.EN
                ? "That is too long for me. Please ask a shorter question (at most " + number + " characters)."
                : "질문이 너무 길어요. " + number + "자 이내로 짧게 물어봐 주세요.";
    }

    static String throttled(Language l) {
        return l == Language.EN
                ? "Messages are coming faster than I can answer. Please wait a minute, then ask again."
                : "메시지가 너무 빨리 오고 있어요. 1분쯤 기다렸다가 다시 물어봐 주세요.";
    }

    static String unknownCommand(Language l) {
        return l == Language.EN ? "I don't know that command — see /help." : "모르는 명령이에요. /help 를 보세요.";
    }

    static String staleButton(Language l) {
        return l == Language.EN
                ? "This button no longer works — send /start to begin again."
                : "이 버튼은 더 이상 쓸 수 없어요. /start 로 다시 시작해 주세요.";
    }

    static String thanks(Language l) {
        return l == Language.EN ? "Thanks for the feedback! 🙏" : "의견 고마워요! 🙏";
    }

    static String alreadyVoted(Language l) {
        return l == Language.EN ? "You already rated this answer." : "이미 의견을 남기셨어요.";
    }

    static String helpful(Language l) {
        return l == Language.EN ? "👍 Helpful" : "👍 도움이 됐어요";
    }

    static String unhelpful(Language l) {
        return l == Language.EN ? "👎 Not helpful" : "👎 아쉬워요";
    }

    static String thanked(Language l) {
        return l == Language.EN ? "🙏 Thanks for the feedback" : "🙏 의견 고마워요";
    }

    static String previous(Language l) {
        return l == Language.EN ? "◀ Previous" : "◀ 이전";
    }

    static String next(Language l) {
        return l == Language.EN ? "Next ▶" : "다음 ▶";
    }

    static String allStages(Language l) {
        return l == Language.EN ? "☰ All stages" : "☰ 단계 목록";
    }

    static String stageHeader(Language l, int number, int total) {
        return l == Language.EN ? "Stage " + number + " of " + total : "면접 단계 " + number + "/" + total;
    }

    static String pageOf(Language l, int page, int pages) {
        return l == Language.EN ? "page " + page + " of " + pages : page + "/" + pages + "쪽";
    }

    static String emptyList(Language l) {
        return l == Language.EN ? "Nothing here yet." : "아직 준비된 항목이 없어요.";
    }

    static String related(Language l) {
        return l == Language.EN ? "Related:" : "관련 질문:";
    }

    static String commandStart(Language l) {
        return l == Language.EN ? "Greeting and menu" : "처음 화면과 메뉴";
    }

    static String commandStages(Language l) {
        return l == Language.EN ? "The hiring stages in order" : "채용 단계를 순서대로";
    }

    static String commandFaq(Language l) {
        return l == Language.EN ? "Frequent questions" : "자주 묻는 질문";
    }

    static String commandAbout(Language l) {
        return l == Language.EN ? "What this bot is, and its sources" : "이 봇과 출처";
    }

    static String commandHelp(Language l) {
        return l == Language.EN ? "How to ask" : "도움말";
    }
}
