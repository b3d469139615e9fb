package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

class ProcedureSearcherTest {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new VietnameseAnalyzer()))) {
            // two segments and a replaced document, so that remembered statistics and postings must
            // cover every leaf and skip deleted documents
            List<Procedure> sample = ProcedureFixtures.sample();
            for (int i = 0; i < sample.size(); i++) {
                writer.addDocument(ProcedureFields.toDocument(sample.get(i)));
                if (i == sample.size() / 2) {
                    writer.commit();
                }
            }
            writer.commit();
            Procedure first = sample.get(0);
            writer.updateDocument(new Term(ProcedureFields.ID, first.publicId()), ProcedureFields.toDocument(first));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void a_term_row_tells_the_fields_of_the_vocabulary_it_is_asked_with() {
        ProcedureSearcher searcher = new ProcedureSearcher(reader);
        Vocabulary before = new Vocabulary(Map.of("khai", 1), Map.of(), Set.of(), Map.of("khai", 0b0001));
        Vocabulary after = new Vocabulary(Map.of("khai", 1), Map.of(), Set.of(), Map.of("khai", 0b1010));
        ProcedureSearcher.TermRow row = searcher.row("khai");
        assertThat(searcher.rememberedRow("khai")).isSameAs(row);
        assertThat(row.fieldsIn(before, "khai")).isEqualTo(0b0001);
        // the vocabulary changed under the same view (a sync finding the index up to date reads it again)
        assertThat(row.fieldsIn(after, "khai")).isEqualTo(0b1010);
        assertThat(row.fieldsIn(Vocabulary.EMPTY, "khai")).isZero();
        assertThat(row.fieldsIn(before, "khai")).isEqualTo(0b0001);
        assertThat(searcher.rememberedRow("khong co")).isNull();
    }

    @Test
    void remembered_term_statistics_score_exactly_as_lucene_looking_them_up() throws IOException {
        ProcedureSearcher remembering = new ProcedureSearcher(reader);
        IndexSearcher plain = new IndexSearcher(reader);
        int name = ProcedureFields.QUERIED.indexOf(ProcedureFields.NAME);
        int nameBigrams = ProcedureFields.QUERIED.indexOf(ProcedureFields.NAME + VietnameseAnalyzer.BIGRAM_SUFFIX);
        int body = ProcedureFields.QUERIED.indexOf(ProcedureFields.BODY);
        for (int round = 0; round < 2; round++) {
            BooleanQuery.Builder fromMemory = new BooleanQuery.Builder();
            BooleanQuery.Builder lookedUp = new BooleanQuery.Builder();
            add(fromMemory, lookedUp, remembering.termQuery(name, "khai"), 3f);
            add(fromMemory, lookedUp, remembering.termQuery(nameBigrams, "khai sinh"), 1.5f);
            add(fromMemory, lookedUp, remembering.termQuery(body, "giay"), 0.3f);
            add(fromMemory, lookedUp, remembering.termQuery(name, "khong co tu nay"), 1f);
            assertThat(hits(remembering, fromMemory.build())).isNotEmpty()
                    .isEqualTo(hits(plain, lookedUp.build()));
        }
        assertThat(remembering.termQuery(name, "khai")).isSameAs(remembering.termQuery(name, "khai"));
    }

    @Test
    void scoring_by_hand_gives_lucene_s_documents_scores_and_order() throws IOException {
        ProcedureSearcher byHand = new ProcedureSearcher(reader);
        IndexSearcher lucene = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        assertThat(reader.numDeletedDocs()).isPositive();
        List<List<ProcedureSearcher.Clause>> questions = List.of(
                clauses("khai sinh", "đăng ký khai sinh cần giấy tờ gì"),
                clauses("căn cước", "làm căn cước lần đầu ở đâu"),
                clauses("kết hôn", "giấy đăng ký kết hôn"),
                clauses("giấy", "giấy chứng nhận"));
        for (List<ProcedureSearcher.Clause> question : questions) {
            for (int n : new int[] {1, 3, 10}) {
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                for (ProcedureSearcher.Clause c : question) {
                    Term term = new Term(ProcedureFields.QUERIED.get(c.field()), c.text());
                    query.add(new BoostQuery(new TermQuery(term), c.boost()), BooleanClause.Occur.SHOULD);
                }
                assertThat(render(byHand.top(question, n))).isNotEmpty()
                        .isEqualTo(render(lucene.search(query.build(), n).scoreDocs));
            }
        }
    }

    /** Clauses as a question would bring them: its words and pairs in every field, at assorted boosts. */
    private static List<ProcedureSearcher.Clause> clauses(String pair, String sentence) {
        List<ProcedureSearcher.Clause> out = new java.util.ArrayList<>();
        VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
        List<String> words = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(
                new QuestionAnalyzer(analyzer).tokens(sentence)));
        float[] weights = {1f, 0.75f, 0.6f, 0.3f};
        for (int w = 0; w < words.size(); w++) {
            for (String field : ProcedureFields.BOOSTS.keySet()) {
                out.add(new ProcedureSearcher.Clause(ProcedureFields.QUERIED.indexOf(field), words.get(w),
                        ProcedureFields.BOOSTS.get(field) * weights[w % weights.length]));
            }
        }
        String folded = String.join(" ", new QuestionAnalyzer(analyzer).tokens(pair));
        for (String field : ProcedureFields.BIGRAM_BOOSTS.keySet()) {
            out.add(new ProcedureSearcher.Clause(ProcedureFields.QUERIED.indexOf(field), folded,
                    ProcedureFields.BIGRAM_BOOSTS.get(field)));
        }
        return out;
    }

    private static List<String> render(ScoreDoc[] docs) {
        return java.util.Arrays.stream(docs).map(sd -> sd.doc + ":" + Float.floatToIntBits(sd.score)).toList();
    }

    @Test
    void knows_each_document_s_procedure_id() throws IOException {
        ProcedureSearcher searcher = new ProcedureSearcher(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            String stored = searcher.storedFields().document(doc).get(ProcedureFields.ID);
            assertThat(searcher.procedureId(doc)).isEqualTo(stored);
            assertThat(searcher.procedureId(doc)).isEqualTo(stored);
        }
    }

    /** The same clause twice: with the remembered statistics, and as a bare term for Lucene to look up. */
    private static void add(BooleanQuery.Builder fromMemory, BooleanQuery.Builder lookedUp, TermQuery query, float boost) {
        fromMemory.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        lookedUp.add(new BoostQuery(new TermQuery(new Term(query.getTerm().field(), query.getTerm().bytes())), boost),
                BooleanClause.Occur.SHOULD);
    }

    private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
        return java.util.Arrays.stream(searcher.search(query, 10).scoreDocs)
                .map((ScoreDoc sd) -> sd.doc + ":" + Float.floatToIntBits(sd.score))
                .toList();
    }

    /** Keeping the best while reading must give what sorting every match and cutting gave. */
    @Test
    void the_best_documents_kept_while_reading_are_those_of_a_full_sort() {
        Random random = new Random(3);
        int withTiesAtTheCut = 0;
        for (int round = 0; round < 20_000; round++) {
            int maxDoc = 1 + random.nextInt(300);
            double[] sums = new double[maxDoc];
            int[] docs = new int[maxDoc];
            int count = random.nextInt(maxDoc + 1);
            // matched documents in any order, with few distinct scores so that ties are common
            int[] order = random.ints(0, maxDoc).distinct().limit(count).toArray();
            for (int i = 0; i < count; i++) {
                docs[i] = order[i];
                sums[order[i]] = random.nextInt(8) * 0.37 + (random.nextBoolean() ? 1e-9 : 0);
            }
            int n = random.nextInt(15);
            ScoreDoc[] all = new ScoreDoc[count];
            for (int i = 0; i < count; i++) {
                all[i] = new ScoreDoc(docs[i], (float) sums[docs[i]]);
            }
            Arrays.sort(all, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
            ScoreDoc[] expected = all.length <= n ? all : Arrays.copyOf(all, n);
            ScoreDoc[] actual = ProcedureSearcher.best(docs, count, sums, n);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].doc).isEqualTo(expected[i].doc);
                assertThat(Float.floatToIntBits(actual[i].score)).isEqualTo(Float.floatToIntBits(expected[i].score));
            }
            if (n > 0 && count > n && all[n - 1].score == all[n].score) {
                withTiesAtTheCut++;
            }
        }
        assertThat(withTiesAtTheCut).isGreaterThan(1000);
    }

    /** The hand BM25 must give Lucene's scorer's score to the bit, for every norm and many statistics and boosts. */
    @Test
    void hand_bm25_scores_are_those_of_lucenes_scorer() {
        BM25Similarity similarity = new BM25Similarity();
        Random random = new Random(5);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            long docCount = 1 + random.nextInt(60_000);
            long sumDocFreq = docCount + random.nextInt(1_000_000);
            long sumTotalTermFreq = sumDocFreq + random.nextInt(1_000_000);
            CollectionStatistics collection = new CollectionStatistics("f", docCount + random.nextInt(100), docCount,
                    sumTotalTermFreq, sumDocFreq);
            long docFreq = 1 + random.nextInt((int) docCount);
            TermStatistics term = new TermStatistics(new BytesRef("t"), docFreq, docFreq + random.nextInt(1000));
            float idf = similarity.idfExplain(collection, term).getValue().floatValue();
            float[] normInverses = ProcedureSearcher.bm25NormInverses(similarity, collection);
            float boost = random.nextFloat() * 10 + (random.nextBoolean() ? 0f : 0.3f);
            var scorer = similarity.scorer(boost, collection, term);
            for (long norm = 0; norm < 256; norm++) {
                for (int freq = 1; freq <= 12; freq++) {
                    float expected = scorer.score(freq, norm);
                    float actual = ProcedureSearcher.bm25(boost * idf, freq, normInverses[(int) norm]);
                    assertThat(Float.floatToIntBits(actual)).as("norm %d freq %d", norm, freq)
                            .isEqualTo(Float.floatToIntBits(expected));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(300 * 256 * 12);
    }
}
