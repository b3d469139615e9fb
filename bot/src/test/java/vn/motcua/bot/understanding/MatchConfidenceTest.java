package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.understanding.Understanding.Confidence;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;

class MatchConfidenceTest {
    private final MatchConfidence confidence = MatchConfidence.standard();
    private final KnowledgeBase kb = ConversationHarness.knowledge();

    private Procedure procedure(String id) {
        return kb.find(id).orElseThrow();
    }

    @Test
    void a_high_score_without_a_shared_topic_is_not_an_answer() {
        var hits = List.of(new SearchHit(procedure("ho-tich.khai-sinh"), 80f, List.of()));
        assertThat(confidence.assess("cach nau pho bo", hits)).isEqualTo(Confidence.NONE);
    }

    @Test
    void a_shared_topic_term_with_a_clear_lead_is_an_answer() {
        var hits = List.of(new SearchHit(procedure("ho-tich.khai-sinh"), 80f, List.of("khai sinh")),
                new SearchHit(procedure("ho-tich.khai-tu"), 20f, List.of()));
        assertThat(confidence.assess("dang ki khai sinh", hits)).isEqualTo(Confidence.HIGH);
    }

    @Test
    void a_close_second_makes_a_choice() {
        var hits = List.of(new SearchHit(procedure("can-cuoc.cap-doi"), 50f, List.of("can cuoc")),
                new SearchHit(procedure("can-cuoc.cap-lai"), 48f, List.of("can cuoc")));
        assertThat(confidence.assess("lam the can cuoc", hits)).isEqualTo(Confidence.AMBIGUOUS);
    }

    @Test
    void a_known_outside_topic_wins_over_a_shared_everyday_name() {
        // "nhập khẩu" is an everyday name for permanent residence, but not next to "ô tô"
        var hits = List.of(new SearchHit(procedure("cu-tru.thuong-tru"), 60f, List.of("nhap khau")));
        assertThat(confidence.assess("thu tuc nhap khau o to cu", hits)).isEqualTo(Confidence.NONE);
        assertThat(confidence.assess("nhap khau cho con", hits)).isEqualTo(Confidence.HIGH);
    }

    @Test
    void nothing_found_is_out_of_scope() {
        assertThat(confidence.assess("xyz", List.of())).isEqualTo(Confidence.NONE);
    }
}
