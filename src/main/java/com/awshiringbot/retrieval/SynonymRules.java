package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.RuleLine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds one field's synonym map from the knowledge base's rules (Solr format), analysing each rule with that field's
 * own chain so rule and query terms meet. A word the chain drops (a stop word, a particle) would make Lucene reject
 * the whole rule, so such words are left out of the rule for this field and the rest of the group still applies.
 */
final class SynonymRules {
    private final List<String> skipped = new ArrayList<>();

    /** The words left out so far, as {@code field: word (line n)}. */
    List<String> skipped() {
        return skipped;
    }

    /** The map for {@code field}, or null when no rule applies to it. */
    SynonymMap build(String field, String rules, Analyzer analyzer) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            int added = 0;
            for (RuleLine rule : RuleLine.of(rules)) {
                String usable = rule.text().contains("=>") ? rule.text() : usableGroup(field, rule, parser);
                if (usable == null) {
                    continue;
                }
                try {
                    parser.parse(new StringReader(usable));
                    added++;
                } catch (ParseException | IllegalArgumentException e) {
                    skipped.add(field + ": " + rule.text() + " (line " + rule.number() + ")");
                }
            }
            return added == 0 ? null : parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The group without the words {@code field}'s chain cannot use; null when fewer than two remain. */
    private String usableGroup(String field, RuleLine group, SynonymMap.Parser parser) {
        List<String> kept = new ArrayList<>();
        for (String word : words(group)) {
            try {
                parser.analyze(word.replace("\\,", ","), new CharsRefBuilder());
                kept.add(word);
            } catch (IOException | IllegalArgumentException e) {
                skipped.add(field + ": " + word + " (line " + group.number() + ")");
            }
        }
        return kept.size() < 2 ? null : String.join(", ", kept);
    }

    /**
     * The words of a rule of the synonyms file, both sides of a {@code =>} mapping, as written (an escaped comma stays
     * escaped).
     */
    static List<String> words(RuleLine rule) {
        List<String> words = new ArrayList<>();
        for (String word : rule.text().split("=>|(?<!\\\\),")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }
}
