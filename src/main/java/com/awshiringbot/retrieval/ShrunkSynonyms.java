package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.RuleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the synonym words that the Korean chain reads as one shorter, common word: the group then becomes a rule for
 * that word wherever it stands. Nori read 말하기 as 말, so every 말 was read as "speaking"; 어젠다 as 어제 (yesterday);
 * 재조정 as 조정, so 구조조정 became "reschedule". A user-dictionary entry keeps such a word whole. A verb or adjective
 * left as its stem (헷갈리다 → 헷갈리, 어려운 → 어렵) is what the group means, and is not reported.
 */
final class ShrunkSynonyms {
    private ShrunkSynonyms() {
    }

    /**
     * The shrunk words of {@code rules} (Solr format), each as a sentence naming its line.
     *
     * @param analyse the Korean index chain, from a normalised word to its tokens
     */
    static List<String> find(String rules, Function<String, List<Token>> analyse) {
        List<String> found = new ArrayList<>();
        for (RuleLine rule : RuleLine.of(rules)) {
            for (String word : SynonymRules.words(rule)) {
                int syllables = syllables(word);
                if (syllables == 0) {
                    continue;
                }
                List<Token> tokens = analyse.apply(TextNormalizer.normalize(word));
                if (tokens.size() == 1 && tokens.get(0).topical() && syllables(tokens.get(0).term()) < syllables) {
                    String read = tokens.get(0).term();
                    found.add("synonyms.txt line " + rule.number() + ": '" + word + "' is read as '" + read
                            + "' alone, so its group applies to every '" + read + "'; "
                            + (word.contains(" ") ? "write the group without it"
                                    : "add '" + word + "' to userdict.txt to keep it whole"));
                }
            }
        }
        return found;
    }

    private static int syllables(String text) {
        return (int) text.chars().filter(c -> Hangul.isSyllable((char) c)).count();
    }
}
