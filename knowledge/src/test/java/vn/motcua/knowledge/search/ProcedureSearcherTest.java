package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
            // two segments, so that remembered statistics must cover every leaf
            List<Procedure> sample = ProcedureFixtures.sample();
            for (int i = 0; i < sample.size(); i++) {
                writer.addDocument(ProcedureFields.toDocument(sample.get(i)));
                if (i == sample.size() / 2) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
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
}
