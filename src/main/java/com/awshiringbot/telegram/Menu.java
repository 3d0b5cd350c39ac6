package com.awshiringbot.telegram;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The four lists of the start menu: what each is called, its key in callback data, and its entries. */
enum Menu {
    STAGES("stages", "면접 단계", "Interview stages", "단계를 누르면 설명이 열려요.", "Tap a stage to read about it."),
    FAQ("faq", "자주 묻는 질문", "FAQ", "질문을 누르면 답이 열려요.", "Tap a question to read the answer."),
    CULTURE("culture", "문화·복지", "Culture & benefits", "질문을 누르면 답이 열려요.", "Tap a question to read the answer."),
    LEADERSHIP("lp", "리더십 원칙", "Leadership Principles", "원칙을 누르면 설명이 열려요.", "Tap a principle to read about it.");

    private final String key;
    private final String ko;
    private final String en;
    private final String hintKo;
    private final String hintEn;

    Menu(String key, String ko, String en, String hintKo, String hintEn) {
        this.key = key;
        this.ko = ko;
        this.en = en;
        this.hintKo = hintKo;
        this.hintEn = hintEn;
    }

    /** The key used in callback data. */
    String key() {
        return key;
    }

    String label(Language language) {
        return language == Language.EN ? en : ko;
    }

    String hint(Language language) {
        return language == Language.EN ? hintEn : hintKo;
    }

    /** The entries listed under this menu, in the order shown. */
    List<Entry> entries(KnowledgeBase knowledge) {
        switch (this) {
            case STAGES:
                return knowledge.stages();
            case FAQ:
                return knowledge.topic("faq");
            case CULTURE:
                List<Entry> both = new ArrayList<>(knowledge.topic("culture"));
                both.addAll(knowledge.topic("benefits"));
                return both;
            default:
                return knowledge.topic("leadership-principles");
        }
    }

    static Optional<Menu> byKey(String key) {
        for (Menu menu : values()) {
            if (menu.key.equals(key)) {
                return Optional.of(menu);
            }
        }
        return Optional.empty();
    }
}
