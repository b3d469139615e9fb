package vn.motcua.knowledge.search;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * A searcher over one point-in-time view of the index that remembers, for as long as that view
 * lives, what every question would otherwise look up again: where each queried term sits in the term
 * dictionary with its statistics, and each document's procedure id. Questions share most of their
 * terms ("đăng ký", "khai sinh"), and for a small knowledge base finding a term costs far more than
 * scoring its few documents. A refresh brings a new searcher and so a fresh memory.
 *
 * <p>A small view (a province's few hundred procedures) also keeps each queried term's postings, and
 * {@link #top} scores a question over them by hand: with Lucene's BM25 formula operation for operation
 * (Lucene's own scorer for any other similarity) and clause scores summed in double as Lucene's
 * boolean scorers sum them, so the scores are Lucene's to the last bit, without the per-clause
 * enumerators, buffers and weights a Lucene search builds. A larger view is searched by Lucene, whose
 * skipping pays off there.
 */
final class ProcedureSearcher extends IndexSearcher {
    /** Beyond this many remembered terms new ones are looked up per question (bounds the memory). */
    private static final int MAX_TERMS = 200_000;
    /** Views with at most this many documents are scored by hand. */
    static final int SCORED_BY_HAND = 5_000;

    /** Per queried field (see {@link ProcedureFields#QUERIED}), a term's query with its statistics. */
    private final List<Map<String, TermQuery>> queries;
    private final AtomicInteger remembered = new AtomicInteger();
    /**
     * Per term, its postings in each queried field (by place in {@link ProcedureFields#QUERIED}), read
     * when first asked: only in a view scored by hand. Keyed by term first because a question asks a
     * term in several fields one after the other: one look-up then serves them all.
     */
    private final Map<String, TermRow> postings = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<String> ids;
    /** Per document, the procedure and names the rerank last read for it (see {@link Candidate}). */
    private final AtomicReferenceArray<Candidate> candidates;

    ProcedureSearcher(IndexReader reader) {
        super(reader);
        // every question is a new bag of terms: caching clauses costs more than it saves
        setQueryCache(null);
        this.ids = new AtomicReferenceArray<>(reader.maxDoc());
        this.candidates = new AtomicReferenceArray<>(reader.maxDoc());
        List<Map<String, TermQuery>> perField = new ArrayList<>();
        ProcedureFields.QUERIED.forEach(f -> perField.add(new ConcurrentHashMap<>()));
        this.queries = List.copyOf(perField);
    }

    /**
     * A clause of a question's query: a term of the {@code field}-th queried field (see
     * {@link ProcedureFields#QUERIED}) with its boost. Every clause is optional; a document scores the
     * sum of the clauses it matches.
     */
    record Clause(int field, String text, float boost, TermRow row) {
        Clause(int field, String text, float boost) {
            this(field, text, boost, null);
        }
    }

    /**
     * A queried term's postings per queried field (by place in {@link ProcedureFields#QUERIED}), read
     * when first asked, and the fields a vocabulary says hold it: a question then looks a term up once,
     * here, for both. Rows are kept for terms some field holds, so that a question's unknown words never
     * fill the memory.
     */
    static final class TermRow {
        private final AtomicReferenceArray<TermPostings> fields =
                new AtomicReferenceArray<>(ProcedureFields.QUERIED.size());
        private volatile FieldsHolding holding;

        /**
         * {@link Vocabulary#fieldsOf} for this term, remembered for the vocabulary last asked (the view
         * and the vocabulary change together, but not at the same instant).
         */
        int fieldsIn(Vocabulary vocabulary, String text) {
            FieldsHolding known = holding;
            if (known != null && known.vocabulary().get() == vocabulary) {
                return known.fields();
            }
            int fields = vocabulary.fieldsOf(text);
            holding = new FieldsHolding(new WeakReference<>(vocabulary), fields);
            return fields;
        }
    }

    /** The fields holding a term under a vocabulary, held weakly: a replaced vocabulary must not stay. */
    private record FieldsHolding(WeakReference<Vocabulary> vocabulary, int fields) {
    }

    /** The remembered row of a term; null when none (a term no question has needed, or past the bound). */
    TermRow rememberedRow(String text) {
        return postings.get(text);
    }

    /**
     * The {@code n} best documents for these clauses (no two for the same term and field), best first,
     * ties to the lower document: what Lucene returns for a boolean query of boosted term queries.
     */
    ScoreDoc[] top(List<Clause> clauses, int n) throws IOException {
        int maxDoc = getIndexReader().maxDoc();
        if (maxDoc > SCORED_BY_HAND) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (Clause c : clauses) {
                query.add(new BoostQuery(termQuery(c.field(), c.text()), c.boost()), BooleanClause.Occur.SHOULD);
            }
            return search(query.build(), n).scoreDocs;
        }
        // exact in any order: clause scores are floats of similar magnitude, summed in a double
        double[] sums = new double[maxDoc];
        boolean[] matched = new boolean[maxDoc];
        int[] docs = new int[maxDoc];
        int count = 0;
        String lastText = null;
        TermRow lastRow = null;
        for (Clause c : clauses) {
            // the clauses of one term come one after the other, with the same string
            if (c.row() != null) {
                lastRow = c.row();
                lastText = c.text();
            } else if (c.text() != lastText) {
                lastText = c.text();
                lastRow = row(lastText);
            }
            TermPostings term = postings(lastRow.fields, c.field(), c.text());
            if (term == null) {
                continue;
            }
            if (term.normInverses != null) {
                float weight = c.boost() * term.idf;
                for (int i = 0; i < term.docs.length; i++) {
                    int doc = term.docs[i];
                    if (!matched[doc]) {
                        matched[doc] = true;
                        docs[count++] = doc;
                    }
                    sums[doc] += bm25(weight, term.freqs[i], term.normInverses[i]);
                }
                continue;
            }
            Similarity.SimScorer scorer = term.scorer(c.boost());
            for (int i = 0; i < term.docs.length; i++) {
                int doc = term.docs[i];
                if (!matched[doc]) {
                    matched[doc] = true;
                    docs[count++] = doc;
                }
                sums[doc] += scorer.score(term.freqs[i], term.norms[i]);
            }
        }
        return best(docs, count, sums, n);
    }

    /**
     * The {@code n} best of these documents by score, ties to the lower document, best first: kept in
     * order while they are read (hundreds match, a few are wanted), instead of sorting them all.
     */
    static ScoreDoc[] best(int[] docs, int count, double[] sums, int n) {
        int size = Math.min(n, count);
        if (size <= 0) {
            return new ScoreDoc[0];
        }
        int[] topDocs = new int[size];
        float[] topScores = new float[size];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int doc = docs[i];
            float score = (float) sums[doc];
            if (kept == size && !before(score, doc, topScores[size - 1], topDocs[size - 1])) {
                continue;
            }
            int at = kept < size ? kept++ : size - 1;
            while (at > 0 && before(score, doc, topScores[at - 1], topDocs[at - 1])) {
                topScores[at] = topScores[at - 1];
                topDocs[at] = topDocs[at - 1];
                at--;
            }
            topScores[at] = score;
            topDocs[at] = doc;
        }
        ScoreDoc[] top = new ScoreDoc[size];
        for (int i = 0; i < size; i++) {
            top[i] = new ScoreDoc(topDocs[i], topScores[i]);
        }
        return top;
    }

    /** Whether a document ranks before another: higher score, or the same score and a lower document. */
    private static boolean before(float score, int doc, float otherScore, int otherDoc) {
        return score != otherScore ? Float.compare(otherScore, score) < 0 : doc < otherDoc;
    }

    /** The remembered row of a term (a new, unremembered row past the bound). */
    TermRow row(String text) {
        TermRow row = postings.get(text);
        if (row == null) {
            row = new TermRow();
            if (remembered.get() < MAX_TERMS) {
                TermRow earlier = postings.putIfAbsent(text, row);
                if (earlier == null) {
                    remembered.incrementAndGet();
                } else {
                    row = earlier;
                }
            }
        }
        return row;
    }

    /** The term's live postings in this view with their norms, and its BM25 scorers by boost; null when absent. */
    private TermPostings postings(AtomicReferenceArray<TermPostings> fields, int field, String text)
            throws IOException {
        TermPostings term = fields.get(field);
        if (term == null) {
            term = readPostings(termQuery(field, text));
            if (term == null) {
                return null;
            }
            // two threads may both read it: the same postings, either kept
            fields.compareAndSet(field, null, term);
        }
        return term;
    }

    private TermPostings readPostings(TermQuery query) throws IOException {
        Term term = query.getTerm();
        TermStates states = query.getTermStates();
        if (states.docFreq() <= 0) {
            return null;
        }
        // what TermQuery's weight hands to the similarity
        CollectionStatistics collection = collectionStatistics(term.field());
        TermStatistics statistics = termStatistics(term, states.docFreq(), states.totalTermFreq());
        int[] docs = new int[states.docFreq()];
        float[] freqs = new float[docs.length];
        long[] norms = new long[docs.length];
        int count = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            TermState state = states.get(leaf);
            Terms terms = leaf.reader().terms(term.field());
            if (state == null || terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            termsEnum.seekExact(term.bytes(), state);
            PostingsEnum postingsEnum = termsEnum.postings(null, PostingsEnum.FREQS);
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues leafNorms = leaf.reader().getNormValues(term.field());
            for (int doc = postingsEnum.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postingsEnum.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                docs[count] = leaf.docBase + doc;
                freqs[count] = postingsEnum.freq();
                // as Lucene's LeafSimScorer reads a norm: 1 when the field keeps none
                norms[count] = leafNorms != null && leafNorms.advanceExact(doc) ? leafNorms.longValue() : 1L;
                count++;
            }
        }
        return new TermPostings(getSimilarity(), collection, statistics, Arrays.copyOf(docs, count),
                Arrays.copyOf(freqs, count), Arrays.copyOf(norms, count));
    }

    /**
     * BM25's score as Lucene's {@code BM25Similarity} scorer computes it, operation for operation, for a
     * weight of boost times idf: a question's boosts are new almost every time, and Lucene's scorer for
     * a new boost first works out its 256 length factors again.
     */
    static float bm25(float weight, float freq, float normInverse) {
        return weight - weight / (1f + freq * normInverse);
    }

    /** The length factor {@code BM25Similarity} gives each encoded norm in a field with these statistics. */
    static float[] bm25NormInverses(BM25Similarity similarity, CollectionStatistics collection) {
        float k1 = similarity.getK1();
        float b = similarity.getB();
        float avgdl = (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
        float[] cache = new float[256];
        for (int i = 0; i < cache.length; i++) {
            cache[i] = 1f / (k1 * ((1 - b) + b * SmallFloat.byte4ToInt((byte) i) / avgdl));
        }
        return cache;
    }

    /**
     * A term's live postings in one view, and the similarity's scorers for it by boost. Under Lucene's
     * plain BM25 (what this searcher uses) also its idf and each posting's length factor, so that a
     * question scores it with {@link #bm25} and needs no scorer of its own.
     */
    private static final class TermPostings {
        private final Similarity similarity;
        private final CollectionStatistics collection;
        private final TermStatistics statistics;
        private final int[] docs;
        private final float[] freqs;
        private final long[] norms;
        private final float idf;
        /** Null unless the similarity is plain {@code BM25Similarity}. */
        private final float[] normInverses;
        private final Map<Float, Similarity.SimScorer> scorers = new ConcurrentHashMap<>();

        TermPostings(Similarity similarity, CollectionStatistics collection, TermStatistics statistics, int[] docs,
                     float[] freqs, long[] norms) {
            this.similarity = similarity;
            this.collection = collection;
            this.statistics = statistics;
            this.docs = docs;
            this.freqs = freqs;
            this.norms = norms;
            // only the class itself: a subclass may compute the average length or the idf otherwise
            if (similarity.getClass() == BM25Similarity.class) {
                BM25Similarity bm25 = (BM25Similarity) similarity;
                this.idf = bm25.idfExplain(collection, statistics).getValue().floatValue();
                float[] cache = bm25NormInverses(bm25, collection);
                this.normInverses = new float[norms.length];
                for (int i = 0; i < norms.length; i++) {
                    normInverses[i] = cache[((byte) norms[i]) & 0xFF];
                }
            } else {
                this.idf = 0f;
                this.normInverses = null;
            }
        }

        Similarity.SimScorer scorer(float boost) {
            Similarity.SimScorer scorer = scorers.get(boost);
            return scorer != null ? scorer : scorers.computeIfAbsent(boost, b -> similarity.scorer(b, collection, statistics));
        }
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

    /**
     * A document's procedure and names, as the index held them at its {@code edits}-th change: valid
     * while the index's count of changes is still {@code edits}. Most changes also bring a new view, but
     * only after they changed the index's maps, and a sync that finds the index up to date replaces the
     * procedures' records under the same view: the count covers all of them.
     */
    record Candidate(Procedure procedure, ProcedureNames names, int edits) {
    }

    /** What {@link #remember} kept for a document of this view; null when nothing. */
    Candidate candidate(int doc) {
        return candidates.get(doc);
    }

    void remember(int doc, Candidate candidate) {
        candidates.set(doc, candidate);
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
