package com.awshiringbot.eval;

import com.awshiringbot.eval.Variant.Kind;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.Hangul;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the variants of labelled questions that users actually type: without spaces, with a stray space inside a
 * word, misspelled, and half in English. Each rule makes at most one variant of a question, and a variant equal to
 * the original or to an earlier variant is dropped, so the output is deterministic and small.
 */
public final class Variants {
    /** Known misspellings, tried in order; the first that matches is used. */
    private static final List<Rewrite> MISSPELLINGS = List.of(
            new Rewrite("워라밸", "워라벨"), new Rewrite("워라벨", "워라밸"),
            new Rewrite("리더십", "리더쉽"), new Rewrite("리더쉽", "리더십"),
            new Rewrite("레주메", "레쥬메"), new Rewrite("매니저", "메니저"),
            new Rewrite("돼", "되"), new Rewrite("되", "돼"),
            new Rewrite("예요", "에요"), new Rewrite("에요", "예요"));

    /** Korean terms and their English counterparts, each way; the first that matches is used. */
    private static final List<Rewrite> MIXES = List.of(
            new Rewrite("리더십\\s*원칙", "LP"),
            new Rewrite("(?i)\\bLPs?\\b", "리더십 원칙"),
            new Rewrite("(?i)\\bleadership principles?\\b", "리더십 원칙"),
            new Rewrite("(?<![가-힣])리더[십쉽]", "leadership"),
            new Rewrite("(?<![가-힣])루프", "loop"),
            new Rewrite("(?i)\\bloop\\b", "루프"),
            new Rewrite("(?<![가-힣])스타(?!트)", "STAR"),
            new Rewrite("(?i)\\bSTAR\\b", "스타"),
            new Rewrite("(?<![가-힣])(리크루터|리쿠르터)", "recruiter"),
            new Rewrite("(?i)\\brecruiters?\\b", "리크루터"),
            new Rewrite("워라[밸벨]", "work-life balance"),
            new Rewrite("(?i)\\bwork[- ]life balance\\b", "워라밸"),
            new Rewrite("코딩\\s*테스트", "coding test"),
            new Rewrite("(?i)\\bcoding tests?\\b", "코딩 테스트"),
            new Rewrite("아마존", "Amazon"),
            new Rewrite("(?i)\\bamazon\\b", "아마존"),
            new Rewrite("영어", "English"),
            new Rewrite("(?i)\\benglish\\b", "영어"),
            new Rewrite("인터뷰", "interview"),
            new Rewrite("(?i)\\binterviews?\\b", "인터뷰"),
            new Rewrite("면접", "interview"));

    private Variants() {
    }

    /** The variants of every question, in order. */
    public static List<Variant> of(List<LabelledQuestion> questions) {
        List<Variant> variants = new ArrayList<>();
        for (LabelledQuestion q : questions) {
            variants.addAll(of(q));
        }
        return variants;
    }

    /** The variants of one question: at most one of each kind, none equal to the original. */
    public static List<Variant> of(LabelledQuestion labelled) {
        String text = labelled.question();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(text);
        List<Variant> variants = new ArrayList<>();
        boolean korean = labelled.language() == Language.KO;
        add(variants, seen, labelled, Kind.NO_SPACES, korean ? text.replaceAll("\\s+", "") : text);
        add(variants, seen, labelled, Kind.SPLIT_WORD, korean ? splitLongestWord(text) : text);
        add(variants, seen, labelled, Kind.MISSPELLING, korean ? misspell(text) : text);
        add(variants, seen, labelled, Kind.MIXED_LANGUAGE, firstRewrite(MIXES, text));
        return variants;
    }

    private static void add(List<Variant> variants, Set<String> seen, LabelledQuestion labelled, Kind kind,
            String text) {
        if (seen.add(text)) {
            variants.add(new Variant(kind, labelled.withQuestion(text), labelled.question()));
        }
    }

    /** Puts a space in the middle of the longest run of three or more Hangul syllables. */
    static String splitLongestWord(String text) {
        int bestStart = -1;
        int bestLength = 2;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Hangul.isSyllable(text.charAt(i))) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
            i = Math.max(i, start + 1);
        }
        if (bestStart < 0) {
            return text;
        }
        int cut = bestStart + bestLength / 2;
        return text.substring(0, cut) + " " + text.substring(cut);
    }

    /** A known misspelling, or else an ㅐ/ㅔ swap inside a word (never in its last syllable, where particles are). */
    static String misspell(String text) {
        String known = firstRewrite(MISSPELLINGS, text);
        if (!known.equals(text)) {
            return known;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c) && Hangul.isSyllable(text.charAt(i + 1)) && Hangul.hasAeOrE(c)) {
                return text.substring(0, i) + Hangul.swapAeE(c) + text.substring(i + 1);
            }
        }
        return text;
    }

    private static String firstRewrite(List<Rewrite> rewrites, String text) {
        for (Rewrite rewrite : rewrites) {
            Matcher m = rewrite.pattern().matcher(text);
            if (m.find()) {
                return text.substring(0, m.start()) + rewrite.replacement() + text.substring(m.end());
            }
        }
        return text;
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
