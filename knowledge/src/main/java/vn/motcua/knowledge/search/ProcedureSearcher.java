package vn.motcua.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * A searcher over one point-in-time view of the index that remembers, for as long as that view
 * lives, what every question would otherwise look up again: where each queried term sits in the term
 * dictionary with its statistics, and each document's procedure id. Questions share most of their
 * terms ("đăng ký", "khai sinh"), and for a small knowledge base finding a term costs far more than
 * scoring its few documents. A refresh brings a new searcher and so a fresh memory.
 */
final class ProcedureSearcher extends IndexSearcher {
    /** Beyond this many remembered terms new ones are looked up per question (bounds the memory). */
    private static final int MAX_TERMS = 200_000;

    /** Per queried field (see {@link ProcedureFields#QUERIED}), a term's query with its statistics. */
    private final List<Map<String, TermQuery>> queries;
    private final AtomicInteger remembered = new AtomicInteger();
    private final AtomicReferenceArray<String> ids;

    ProcedureSearcher(IndexReader reader) {
        super(reader);
        // every question is a new bag of terms: caching clauses costs more than it saves
        setQueryCache(null);
        this.ids = new AtomicReferenceArray<>(reader.maxDoc());
        List<Map<String, TermQuery>> perField = new ArrayList<>();
        ProcedureFields.QUERIED.forEach(f -> perField.add(new ConcurrentHashMap<>()));
        this.queries = List.copyOf(perField);
    }

    /**
     * The query for a term in the {@code field}-th queried field, carrying the term's statistics for this view: Lucene then skips the dictionary
     * lookup when it builds the query's weight, and scores exactly as if it had done it.
     */
    TermQuery termQuery(int field, String text) throws IOException {
        Map<String, TermQuery> known = queries.get(field);
        TermQuery query = known.get(text);
        if (query == null) {
            Term term = new Term(ProcedureFields.QUERIED.get(field), text);
            query = new TermQuery(term, TermStates.build(this, term, true));
            if (remembered.get() < MAX_TERMS && known.putIfAbsent(text, query) == null) {
                remembered.incrementAndGet();
            }
        }
        return query;
    }

    /** The procedure id stored with a document of this view. */
    String procedureId(int doc) throws IOException {
        String id = ids.get(doc);
        if (id == null) {
            id = storedFields().document(doc).get(ProcedureFields.ID);
            ids.set(doc, id);
        }
        return id;
    }
}
