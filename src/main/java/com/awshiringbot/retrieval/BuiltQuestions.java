package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What indexing the knowledge's questions yields, all {@link QuestionIndex} needs to answer: the postings, each
 * question's entry and text (document numbers follow the knowledge's order, Korean paraphrases before English), and
 * the terms of each entry's answer. It depends only on the knowledge and the analysis chains, so it can be kept in
 * a snapshot and read back instead of built.
 */
final class BuiltQuestions {
    private static final String ENTRY = "entry";
    private static final String TEXT = "text";

    private final Bm25Index postings;
    private final String[] docEntry;
    private final String[] docText;
    private final Map<String, Map<Field, Set<String>>> answerTerms;

    /**
     * @param answerTerms by entry id, in the knowledge's order: the index-side terms of the entry's answer, both
     *     languages, per field
     */
    BuiltQuestions(Bm25Index postings, String[] docEntry, String[] docText,
            Map<String, Map<Field, Set<String>>> answerTerms) {
        this.postings = postings;
        this.docEntry = docEntry;
        this.docText = docText;
        this.answerTerms = answerTerms;
    }

    /** Indexes the questions of {@code knowledge} with Lucene and reads the index back into arrays. */
    static BuiltQuestions build(KnowledgeBase knowledge, Analyzers analyzers) throws IOException {
        Map<String, Map<Field, Set<String>>> answerTerms = new LinkedHashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.indexing()))) {
            for (Entry entry : knowledge.entries()) {
                answerTerms.put(entry.id(), answerTerms(entry, analyzers));
                for (Language language : Language.values()) {
                    for (String question : entry.questions().in(language)) {
                        writer.addDocument(document(entry.id(), question));
                    }
                }
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Bm25Index postings = Bm25Index.read(reader, Arrays.stream(Field.values()).map(Field::fieldName).toList());
            String[] docEntry = new String[reader.maxDoc()];
            String[] docText = new String[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document document = stored.document(doc);
                docEntry[doc] = document.get(ENTRY);
                docText[doc] = document.get(TEXT);
            }
            return new BuiltQuestions(postings, docEntry, docText, answerTerms);
        }
    }

    private static Document document(String id, String question) {
        Document document = new Document();
        document.add(new StringField(ENTRY, id, org.apache.lucene.document.Field.Store.YES));
        document.add(new StoredField(TEXT, question));
        String text = TextNormalizer.normalize(question);
        for (Field field : Field.values()) {
            document.add(new TextField(field.fieldName(), text, org.apache.lucene.document.Field.Store.NO));
        }
        return document;
    }

    private static Map<Field, Set<String>> answerTerms(Entry entry, Analyzers analyzers) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            Set<String> set = new HashSet<>();
            for (Language language : Language.values()) {
                set.addAll(analyzers.indexTerms(field, TextNormalizer.normalize(entry.answer().in(language))));
            }
            terms.put(field, set);
        }
        return terms;
    }

    Bm25Index postings() {
        return postings;
    }

    /** The number of indexed questions. */
    int size() {
        return docEntry.length;
    }

    /** The id of the entry question {@code doc} belongs to. */
    String entry(int doc) {
        return docEntry[doc];
    }

    /** The text of question {@code doc}, as written in the knowledge. */
    String text(int doc) {
        return docText[doc];
    }

    /** Per entry id, in the knowledge's order, the terms of the entry's answer per field. */
    Map<String, Map<Field, Set<String>>> answerTerms() {
        return answerTerms;
    }

    /** The entry ids in the order of their questions. */
    List<String> entryIds() {
        return List.copyOf(answerTerms.keySet());
    }
}
