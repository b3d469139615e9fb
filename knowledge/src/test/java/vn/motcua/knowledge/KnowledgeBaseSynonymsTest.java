package vn.motcua.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.store.InMemoryProcedureStore;
import vn.motcua.knowledge.synonym.FileSynonymStore;
import vn.motcua.knowledge.synonym.Synonym;

class KnowledgeBaseSynonymsTest {
    @TempDir
    Path dir;

    private static Procedure landCertificate() {
        return new Procedure("dat-dai.cap-gcn", null, "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai",
                List.of("Cấp xã"), Agencies.NONE, List.of(), "Bộ phận một cửa", List.of(), null,
                List.of(new RequiredDocument("Đơn đăng ký", "", "", "")), List.of("Nộp hồ sơ"), "30 ngày",
                "Theo quy định", null, List.of(), "Giấy chứng nhận", List.of(), List.of(), List.of("làm sổ đỏ"),
                List.of("làm sổ đỏ lần đầu cần gì"), new Source("1/QĐ-TEST", ""), LocalDate.of(2026, 1, 1),
                List.of(), 1L);
    }

    @Test
    void an_admin_synonym_takes_effect_on_the_next_question_and_survives_a_restart() {
        List<Synonym> seeds = List.of(new Synonym("sổ hồng", "sổ đỏ"));
        try (KnowledgeBase kb = new KnowledgeBase(new InMemoryProcedureStore(List.of(landCertificate())),
                new ProcedureIndex(), seeds, new FileSynonymStore(dir))) {
            assertThat(kb.search("làm bìa xanh", 3)).allSatisfy(h -> assertThat(h.topicTerms()).isEmpty());
            kb.addSynonym("bìa xanh", "sổ đỏ");
            assertThat(kb.search("làm bìa xanh", 3).get(0).topicTerms()).contains("lam so do");
            assertThat(kb.synonyms()).containsExactly(new Synonym("sổ hồng", "sổ đỏ"), new Synonym("bìa xanh", "sổ đỏ"));
        }
        try (KnowledgeBase kb = new KnowledgeBase(new InMemoryProcedureStore(List.of(landCertificate())),
                new ProcedureIndex(), seeds, new FileSynonymStore(dir))) {
            assertThat(kb.synonyms()).contains(new Synonym("bìa xanh", "sổ đỏ"));
            assertThat(kb.normalize("bìa xanh")).isEqualTo("so do");
        }
    }
}
