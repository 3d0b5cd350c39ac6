package com.awshiringbot.knowledge;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated, immutable knowledge base: the entries, the sources they cite, and the retrieval resources
 * (synonyms, the Korean user dictionary and chat spellings) maintainers edit beside them.
 */
public final class KnowledgeBase {
    private final List<Entry> entries;
    private final Map<String, Entry> entriesById;
    private final Map<String, Entry> entriesByQuestion;
    private final Map<String, Source> sourcesById;
    private final String synonyms;
    private final String userDictionary;
    private final Map<String, String> spellings;
    private final List<String> notCovered;
    private final List<String> notCoveredQuestions;

    /**
     * @param synonyms the synonym rules in Solr format, empty when there are none
     * @param userDictionary the Nori user dictionary, empty when there is none
     */
    public KnowledgeBase(List<Entry> entries, List<Source> sources, String synonyms, String userDictionary) {
        this(entries, sources, synonyms, userDictionary, Map.of(), List.of());
    }

    /**
     * @param spellings the chat spellings: each form and the words it stands for
     * @param notCovered names of what the knowledge leaves out on purpose (other companies)
     */
    public KnowledgeBase(List<Entry> entries, List<Source> sources, String synonyms, String userDictionary,
            Map<String, String> spellings, List<String> notCovered) {
        this(entries, sources, synonyms, userDictionary, spellings, notCovered, List.of());
    }

    /**
     * @param notCoveredQuestions English questions the knowledge does not answer, as users ask them: what the sentence
     *     model weighs a user's question against before it answers what the words alone left unsure
     */
    public KnowledgeBase(List<Entry> entries, List<Source> sources, String synonyms, String userDictionary,
            Map<String, String> spellings, List<String> notCovered, List<String> notCoveredQuestions) {
        this.entries = List.copyOf(entries);
        this.entriesById = this.entries.stream()
                .collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.entriesByQuestion = byQuestion(this.entries);
        this.sourcesById = sources.stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.synonyms = synonyms == null ? "" : synonyms;
        this.userDictionary = userDictionary == null ? "" : userDictionary;
        this.spellings = Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
        this.notCovered = List.copyOf(notCovered);
        this.notCoveredQuestions = List.copyOf(notCoveredQuestions);
    }

    /**
     * The same knowledge — sources, synonyms, user dictionary, spellings, names and questions not covered — with other
     * entries.
     */
    public KnowledgeBase withEntries(List<Entry> others) {
        return new KnowledgeBase(others, sources(), synonyms, userDictionary, spellings, notCovered,
                notCoveredQuestions);
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    /**
     * The entry that has {@code question} among its own questions, in either language, compared as validation
     * compares questions (ignoring case, spaces and punctuation); empty when none has.
     */
    public Optional<Entry> entryAsking(String question) {
        return question == null ? Optional.empty()
                : Optional.ofNullable(entriesByQuestion.get(QuestionKey.of(question)));
    }

    private static Map<String, Entry> byQuestion(List<Entry> entries) {
        Map<String, Entry> byQuestion = new HashMap<>();
        for (Entry entry : entries) {
            for (Language language : Language.values()) {
                for (String question : entry.questions().in(language)) {
                    byQuestion.putIfAbsent(QuestionKey.of(question), entry);
                }
            }
        }
        byQuestion.remove("");
        return byQuestion;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public List<Source> sources() {
        return List.copyOf(sourcesById.values());
    }

    /** The hiring stages, in the order of the process. */
    public List<Entry> stages() {
        return entries.stream()
                .filter(e -> e.stage() != null)
                .sorted(Comparator.comparing(Entry::stage))
                .toList();
    }

    /** The entries of one topic, in file order. */
    public List<Entry> topic(String topic) {
        return entries.stream().filter(e -> e.topic().equals(topic)).toList();
    }

    /** Synonym rules in Solr format. */
    public String synonyms() {
        return synonyms;
    }

    /** The Nori user dictionary. */
    public String userDictionary() {
        return userDictionary;
    }

    /** The chat spellings questions are rewritten with: each form and the words it stands for, in file order. */
    public Map<String, String> spellings() {
        return spellings;
    }

    /** Names of what the knowledge leaves out on purpose (other companies), in file order. */
    public List<String> notCovered() {
        return notCovered;
    }

    /** English questions the knowledge does not answer ({@code not-covered-questions.txt}), in file order. */
    public List<String> notCoveredQuestions() {
        return notCoveredQuestions;
    }

    /**
     * A one-line citation of the entry, e.g. {@code 출처: [2020 컨퍼런스] AWS 엔지니어 컨퍼런스 2020 후기 (2020-03-05) — Q&A 질문3}.
     */
    public String citation(Entry entry, Language language) {
        Citation citation = entry.citation();
        Source source = sourcesById.get(citation.post());
        StringBuilder line = new StringBuilder(language == Language.EN ? "Source: " : "출처: ");
        line.append(source == null ? citation.post() : source.title());
        if (source != null && source.date() != null) {
            line.append(" (").append(source.date()).append(')');
        }
        line.append(" — ").append(citation.section());
        String link = citation.link() != null ? citation.link() : source == null ? null : source.link();
        if (link != null) {
            line.append(' ').append(link);
        }
        return line.toString();
    }
}
