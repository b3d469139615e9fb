package vn.motcua.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

/**
 * A Lucene index over procedures. Queries are built from analysed terms, never parsed, so text such
 * as {@code *:* AND (} in a question is just words.
 *
 * <p>On disk the last commit carries a fingerprint of what was indexed (every procedure's indexed
 * text, and the analysis version): at start-up an index whose fingerprint matches the store is used
 * as it is, anything else is rebuilt. Changes are searchable at once (near-real-time) and committed
 * on close; a crash before that only costs a rebuild at the next start.
 */
public class ProcedureIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProcedureIndex.class);
    /** Bump when analysis or fields change: indexes written before are then rebuilt. */
    static final String ANALYSIS_VERSION = "4";
    private static final String FINGERPRINT = "fingerprint";
    /** Hits read before reranking by how much of a name the question spells out. */
    private static final int RERANK_DEPTH = 10;
    /** A procedure the question is about (shares topic terms with) goes before incidental matches. */
    private static final float ABOUT_BOOST = 1.25f;
    private static final int MAX_UNIGRAMS = 80;
    private static final int MAX_BIGRAMS = 120;
    private static final int MAX_ACCENT_BIGRAMS = 40;
    /** A name pair in more than this share of procedures tells none of them apart ("đăng ký"). */
    private static final double COMMON_NAME_PAIR_SHARE = 0.2;
    /** Pairs that name a kind of paperwork rather than a topic, whatever the knowledge base holds. */
    private static final List<String> GENERIC_PAIRS = List.of(
            "thủ tục", "đăng ký", "cấp giấy", "giấy chứng", "chứng nhận", "giấy tờ", "hồ sơ", "cấp lại",
            "cấp đổi", "cấp mới", "lần đầu", "giấy phép", "xác nhận", "thay đổi", "bổ sung", "nước ngoài",
            "việt nam", "cơ quan", "ủy ban", "nhân dân", "cấp xã", "cấp tỉnh", "điện tử", "thông tin",
            "công dân", "trẻ em", "người dân", "giải quyết", "thực hiện", "trường hợp", "bảo hiểm", "xã hội",
            "bị mất", "hư hỏng", "làm lại");

    private static final int ACCENT_FIELD = ProcedureFields.QUERIED.indexOf(ProcedureFields.NAMES_ACCENT);
    private static final Comparator<SearchHit> BY_SCORE = Comparator.comparingDouble(SearchHit::score).reversed();
    private static final BoostedFields UNIGRAM_FIELDS = BoostedFields.of(ProcedureFields.BOOSTS);
    private static final BoostedFields BIGRAM_FIELDS = BoostedFields.of(ProcedureFields.BIGRAM_BOOSTS);

    private final Analyzer analyzer = new VietnameseAnalyzer();
    private final QuestionAnalyzer questions = new QuestionAnalyzer(analyzer);
    private final Set<String> genericPairs;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Procedure> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> hashes = new ConcurrentHashMap<>();
    private final NamesOfProcedures names = new NamesOfProcedures(p -> ProcedureNames.of(p, questions::tokens));
    /**
     * Counts the changes of {@code byId} and {@code names}, counted after each: a searcher's remembered
     * candidates (procedure and names per document) from before the last change are read afresh.
     */
    private final AtomicInteger edits = new AtomicInteger();
    private final String committedFingerprint;
    private volatile Vocabulary vocabulary = Vocabulary.EMPTY;
    private volatile boolean vocabularyStale = true;
    private volatile SynonymDictionary synonyms = SynonymDictionary.EMPTY;

    /** An index in memory, rebuilt from the store at every start. */
    public ProcedureIndex() {
        this(new ByteBuffersDirectory());
    }

    public ProcedureIndex(Directory directory) {
        try {
            this.directory = directory;
            this.committedFingerprint = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT)
                    : null;
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64));
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new ProcedureSearcher(reader);
                }
            });
            this.genericPairs = new HashSet<>();
            GENERIC_PAIRS.forEach(p -> genericPairs.add(String.join(" ", questions.tokens(p))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the procedure index", e);
        }
    }

    /**
     * An index kept in {@code dir} (created when missing). An index that cannot be read (corrupt, or
     * written by an incompatible version) is thrown away and rebuilt: it only ever holds derived data.
     *
     * @throws UncheckedIOException when the directory is unusable or another process holds the index
     */
    public static ProcedureIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                return new ProcedureIndex(FSDirectory.open(dir));
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof LockObtainFailedException) {
                    throw e;
                }
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                return new ProcedureIndex(FSDirectory.open(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the procedure index in " + dir, e);
        }
    }

    /**
     * Makes the index hold exactly these procedures: uses the stored index when its fingerprint
     * matches, rebuilds it otherwise. Returns whether it rebuilt.
     */
    public boolean sync(Collection<Procedure> procedures) {
        Map<String, Long> wanted = new HashMap<>();
        procedures.forEach(p -> wanted.put(p.publicId(), ProcedureFields.contentHash(p)));
        if (fingerprint(wanted.values()).equals(committedFingerprint) && indexedCount() == wanted.size()) {
            procedures.forEach(p -> byId.put(p.publicId(), p));
            hashes.putAll(wanted);
            edits.incrementAndGet();
            vocabularyStale = true;
            log.info("Procedure index up to date: {} procedures", wanted.size());
            return false;
        }
        long start = System.nanoTime();
        rebuild(procedures);
        log.info("Procedure index rebuilt: {} procedures in {} ms", procedures.size(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Replaces the whole content of the index. */
    public synchronized void rebuild(Collection<Procedure> procedures) {
        try {
            writer.deleteAll();
            byId.clear();
            hashes.clear();
            names.clear();
            edits.incrementAndGet();
            // analysis dominates the cost of a build: spread it over the cores (IndexWriter is thread-safe)
            procedures.parallelStream().forEach(p -> {
                try {
                    writer.addDocument(ProcedureFields.toDocument(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                byId.put(p.publicId(), p);
                hashes.put(p.publicId(), ProcedureFields.contentHash(p));
            });
            edits.incrementAndGet();
            // one segment: every query clause seeks each segment's terms once
            writer.forceMerge(1);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one procedure; searchable as soon as this returns. */
    public synchronized void put(Procedure p) {
        try {
            writer.updateDocument(new Term(ProcedureFields.ID, p.publicId()), ProcedureFields.toDocument(p));
            byId.put(p.publicId(), p);
            hashes.put(p.publicId(), ProcedureFields.contentHash(p));
            names.forget(p.publicId());
            edits.incrementAndGet();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ProcedureFields.ID, id));
            byId.remove(id);
            hashes.remove(id);
            names.forget(id);
            edits.incrementAndGet();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return byId.size();
    }

    /** Synonyms apply from the next question on; the index itself does not change. */
    public void useSynonyms(List<Synonym> entries) {
        synonyms = SynonymDictionary.compile(entries, questions::tokens);
    }

    /**
     * The question folded, with keyboard residue and typos repaired and synonyms applied ("dk tam
     * tru j" becomes "dang ki tam tru gi"): what cue phrases for intents and sections read.
     */
    public String normalize(String question) {
        return analyse(question).normalized();
    }

    /**
     * The question analysed against the vocabulary and the synonyms in force, to be normalised and
     * searched with without analysing it again ({@link #search(QuestionAnalysis, int)}).
     */
    public QuestionAnalysis analyse(String question) {
        return analyse(question, vocabulary(), synonyms);
    }

    private QuestionAnalysis analyse(String question, Vocabulary vocabulary, SynonymDictionary dictionary) {
        return new QuestionAnalysis(question, questions.analyse(question, vocabulary, dictionary), vocabulary, dictionary);
    }

    public List<SearchHit> search(String question, int limit) {
        return search(analyse(question), limit);
    }

    /**
     * The procedures that best answer an analysed question. When the vocabulary or the synonyms
     * changed since it was analysed (an edit in between), the question is analysed again first.
     */
    public List<SearchHit> search(QuestionAnalysis question, int limit) {
        Vocabulary vocabulary = vocabulary();
        SynonymDictionary dictionary = synonyms;
        AnalysedQuestion analysed = (question.readWith(vocabulary, dictionary)
                ? question : analyse(question.question(), vocabulary, dictionary)).analysed();
        if (analysed.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            ProcedureSearcher searcher = (ProcedureSearcher) searchers.acquire();
            try {
                List<ProcedureSearcher.Clause> query = toQuery(analysed, vocabulary, searcher);
                if (query.isEmpty()) {
                    return List.of();
                }
                QuestionNames questionNames = QuestionNames.of(analysed, genericPairs, vocabulary.commonNamePairs());
                List<SearchHit> hits = new ArrayList<>();
                int edit = edits.get();
                for (ScoreDoc sd : searcher.top(query, Math.max(limit, RERANK_DEPTH))) {
                    ProcedureSearcher.Candidate candidate = searcher.candidate(sd.doc);
                    if (candidate == null || candidate.edits() != edit) {
                        Procedure p = byId.get(searcher.procedureId(sd.doc));
                        if (p == null) {
                            continue;
                        }
                        candidate = new ProcedureSearcher.Candidate(p, namesOf(p), edit);
                        searcher.remember(sd.doc, candidate);
                    }
                    ProcedureNames.Match match = candidate.names().match(questionNames);
                    float score = sd.score * match.boost() * (match.topic().isEmpty() ? 1f : ABOUT_BOOST);
                    hits.add(new SearchHit(candidate.procedure(), score, match.topic()));
                }
                hits.sort(BY_SCORE);
                return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One clause per term and field, only where some procedure has the term in that field. Each clause
     * carries the searcher's row for its term, which also remembers which fields hold the term.
     */
    private static List<ProcedureSearcher.Clause> toQuery(AnalysedQuestion q, Vocabulary vocabulary,
                                                          ProcedureSearcher searcher) {
        List<ProcedureSearcher.Clause> clauses = new ArrayList<>(64);
        for (var term : strongest(q.unigrams(), MAX_UNIGRAMS)) {
            addAcrossFields(clauses, UNIGRAM_FIELDS, vocabulary, searcher, term.getKey(), term.getValue());
        }
        for (var term : strongest(q.bigrams(), MAX_BIGRAMS)) {
            addAcrossFields(clauses, BIGRAM_FIELDS, vocabulary, searcher, term.getKey(), term.getValue());
        }
        // the first MAX_ACCENT_BIGRAMS distinct accent bigrams, in order (a few dozen: compared by hash code
        // in an array rather than kept in a set)
        String[] accent = new String[MAX_ACCENT_BIGRAMS];
        int[] accentHashes = new int[MAX_ACCENT_BIGRAMS];
        int distinct = 0;
        for (String term : q.accentBigrams()) {
            if (distinct == MAX_ACCENT_BIGRAMS) {
                break;
            }
            int hash = term.hashCode();
            if (seen(accent, accentHashes, distinct, term, hash)) {
                continue;
            }
            accent[distinct] = term;
            accentHashes[distinct++] = hash;
            ProcedureSearcher.TermRow row = rowIfHeld(term, vocabulary, searcher);
            if (row != null && (row.fieldsIn(vocabulary, term) & 1 << ACCENT_FIELD) != 0) {
                clauses.add(new ProcedureSearcher.Clause(ACCENT_FIELD, term, ProcedureFields.ACCENT_BOOST, row));
            }
        }
        return clauses;
    }

    private static boolean seen(String[] terms, int[] hashes, int count, String term, int hash) {
        for (int i = 0; i < count; i++) {
            if (hashes[i] == hash && terms[i].equals(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The searcher's row for a term some queried field holds, by the vocabulary; null when none does.
     * A term with a row is looked up once, in the searcher: the row remembers the vocabulary's answer.
     */
    private static ProcedureSearcher.TermRow rowIfHeld(String term, Vocabulary vocabulary, ProcedureSearcher searcher) {
        ProcedureSearcher.TermRow row = searcher.rememberedRow(term);
        if (row != null) {
            return row.fieldsIn(vocabulary, term) != 0 ? row : null;
        }
        // no row yet: most often a word no procedure uses
        return vocabulary.fieldsOf(term) != 0 ? searcher.row(term) : null;
    }

    private static void addAcrossFields(List<ProcedureSearcher.Clause> clauses, BoostedFields fields,
                                        Vocabulary vocabulary, ProcedureSearcher searcher, String term,
                                        float weight) {
        ProcedureSearcher.TermRow row = rowIfHeld(term, vocabulary, searcher);
        if (row == null) {
            return;
        }
        int holding = row.fieldsIn(vocabulary, term);
        int[] indexes = fields.indexes();
        float[] boosts = fields.boosts();
        for (int i = 0; i < indexes.length; i++) {
            if ((holding & 1 << indexes[i]) != 0) {
                clauses.add(new ProcedureSearcher.Clause(indexes[i], term, boosts[i] * weight, row));
            }
        }
    }

    /**
     * Queried fields by their place in {@link ProcedureFields#QUERIED}, with their boosts, in the order
     * of the boosts map (clauses are summed in that order). Arrays: every question term walks them.
     */
    private record BoostedFields(int[] indexes, float[] boosts) {
        static BoostedFields of(Map<String, Float> boosts) {
            int[] indexes = new int[boosts.size()];
            float[] values = new float[boosts.size()];
            int i = 0;
            for (Map.Entry<String, Float> field : boosts.entrySet()) {
                indexes[i] = ProcedureFields.QUERIED.indexOf(field.getKey());
                values[i++] = field.getValue();
            }
            return new BoostedFields(indexes, values);
        }
    }

    /** The terms with the highest weights, at most {@code max}; all of them, in their order, when few. */
    private static Collection<Map.Entry<String, Float>> strongest(Map<String, Float> terms, int max) {
        if (terms.size() <= max) {
            return terms.entrySet();
        }
        return terms.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()))
                .limit(max)
                .toList();
    }

    private ProcedureNames namesOf(Procedure p) {
        return names.of(p);
    }

    private Vocabulary vocabulary() {
        if (vocabularyStale) {
            synchronized (this) {
                if (vocabularyStale) {
                    vocabulary = readVocabulary();
                    vocabularyStale = false;
                }
            }
        }
        return vocabulary;
    }

    private Vocabulary readVocabulary() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                Map<String, Integer> syllables = new HashMap<>();
                Map<String, Integer> fields = new HashMap<>();
                for (int i = 0; i < ProcedureFields.QUERIED.size(); i++) {
                    String field = ProcedureFields.QUERIED.get(i);
                    Map<String, Integer> terms = new HashMap<>();
                    collect(reader, field, terms);
                    if (ProcedureFields.BOOSTS.containsKey(field)) {
                        terms.forEach((t, df) -> syllables.merge(t, df, Integer::sum));
                    }
                    int bit = 1 << i;
                    terms.keySet().forEach(t -> fields.merge(t, bit, (a, b) -> a | b));
                }
                Map<String, Integer> pairs = new HashMap<>();
                for (String field : List.of(ProcedureFields.NAME, ProcedureFields.ALIASES)) {
                    collect(reader, field + VietnameseAnalyzer.BIGRAM_SUFFIX, pairs);
                }
                Map<String, Integer> namePairs = new HashMap<>();
                collect(reader, ProcedureFields.NAME + VietnameseAnalyzer.BIGRAM_SUFFIX, namePairs);
                int docs = Math.max(1, reader.numDocs());
                Set<String> common = new HashSet<>();
                namePairs.forEach((pair, df) -> {
                    if (docs >= 10 && df > docs * COMMON_NAME_PAIR_SHARE) {
                        common.add(pair);
                    }
                });
                return new Vocabulary(syllables, pairs, common, fields);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(IndexReader reader, String field, Map<String, Integer> into) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum it = terms.iterator();
        BytesRef term;
        while ((term = it.next()) != null) {
            into.merge(term.utf8ToString(), it.docFreq(), Integer::sum);
        }
    }

    private int indexedCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(Collection<Long> contentHashes) {
        long sum = 0;
        for (long h : contentHashes) {
            sum += h;
        }
        return ANALYSIS_VERSION + ":" + contentHashes.size() + ":" + Long.toHexString(sum);
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        vocabularyStale = true;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint(hashes.values())).entrySet());
        writer.commit();
        refresh();
    }

    @Override
    public synchronized void close() {
        try {
            if (writer.isOpen()) {
                writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint(hashes.values())).entrySet());
                writer.commit();
            }
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
