package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.knowledge.synonym.Synonym;

class ProcedureIndexTest {
    private ProcedureIndex index;

    @BeforeEach
    void build() {
        index = ProcedureFixtures.sampleIndex();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private String top(String question) {
        List<SearchHit> hits = index.search(question, 3);
        return hits.isEmpty() ? null : hits.get(0).procedure().publicId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"đăng ký khai sinh", "dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "đăng kí khai sinh",
            "dang ki khai sinh", "đăng ký khai sinh"})
    void diacritics_case_decomposed_input_and_i_y_spelling_do_not_matter(String question) {
        assertThat(top(question)).isEqualTo("ho-tich.khai-sinh");
    }

    @Test
    void telex_and_vni_residue_is_read_as_meant() {
        assertThat(index.normalize("dawng kys khai sinh")).isEqualTo("dang ki khai sinh");
        assertThat(index.normalize("d9a8ng ky1 ket ho6n")).isEqualTo("dang ki ket hon");
        assertThat(top("dawng kys keest hoon")).isEqualTo("ho-tich.ket-hon");
    }

    @Test
    void a_one_letter_typo_is_repaired_when_it_makes_a_known_name() {
        assertThat(index.normalize("lam giay khai sin cho con")).contains("khai sinh");
        assertThat(top("lam giay khai sin cho con")).isEqualTo("ho-tich.khai-sinh");
    }

    @Test
    void a_word_the_knowledge_base_does_not_know_is_not_forced_into_one() {
        // "chào" is not in the knowledge base; "cho" is, but only as a question word
        assertThat(index.normalize("xin chào")).isEqualTo("xin chao");
        assertThat(index.normalize("thời tiết mai có mưa không")).isEqualTo("thoi tiet mai co mua khong");
    }

    @Test
    void abbreviations_and_everyday_names_follow_the_dictionary() {
        assertThat(top("làm CCCD lần đầu")).isEqualTo("can-cuoc.cap-moi");
        assertThat(top("lam so hong lan dau can j")).isEqualTo("dat-dai.cap-gcn");
        assertThat(index.normalize("dk thuong tru can giay to j")).isEqualTo("dang ki thuong tru can giay to gi");
    }

    @Test
    void a_synonym_added_at_run_time_applies_to_the_next_question() {
        assertThat(index.normalize("làm chíp")).isEqualTo("lam chip");
        index.useSynonyms(List.of(new Synonym("làm chíp", "làm thẻ căn cước")));
        assertThat(top("làm chíp ở đâu")).isEqualTo("can-cuoc.cap-moi");
    }

    @Test
    void the_same_question_asked_again_after_a_synonym_is_added_reads_the_new_synonym() {
        assertThat(index.normalize("làm chíp ở đâu")).isEqualTo("lam chip o dau");
        assertThat(top("làm chíp ở đâu")).isNotEqualTo("can-cuoc.cap-moi");
        index.useSynonyms(List.of(new Synonym("làm chíp", "làm thẻ căn cước")));
        assertThat(index.normalize("làm chíp ở đâu")).isEqualTo("lam the can cuoc o dau");
        assertThat(top("làm chíp ở đâu")).isEqualTo("can-cuoc.cap-moi");
    }

    @Test
    void the_same_question_asked_again_after_a_change_reads_the_changed_index() {
        String question = "làm giấy chứng tử ở đâu";
        assertThat(top(question)).isNotEqualTo("ho-tich.khai-tu");
        index.put(ProcedureFixtures.procedure("ho-tich.khai-tu", "Đăng ký khai tử", List.of("giấy chứng tử"),
                List.of("làm giấy chứng tử")));
        assertThat(top(question)).isEqualTo("ho-tich.khai-tu");
        assertThat(index.search(question, 1).get(0).topicTerms()).contains("chung tu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:* AND (", "name:khai* OR id:[* TO *]", "\"đăng ký\"~2 ^3", "khai~ sinh\\", "((((",
            "🙂🙂", "\u0000\u0001", "-+!&&||"})
    void query_syntax_is_just_text(String question) {
        List<SearchHit> hits = index.search(question, 5);
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isPositive());
        if (question.contains("khai")) {
            assertThat(hits).isNotEmpty();
        }
    }

    @Test
    void a_very_long_story_keeps_its_question_at_the_end() {
        String story = "chào ad, ".repeat(40) + "nhà em ở xa, đi lại khó, ".repeat(20)
                + "giờ em muốn làm căn cước lần đầu thì cần gì";
        assertThat(top(story)).isEqualTo("can-cuoc.cap-moi");
    }

    @Test
    void hits_report_the_topic_terms_they_share_with_the_question() {
        SearchHit hit = index.search("làm căn cước lần đầu", 1).get(0);
        assertThat(hit.topicTerms()).contains("can cuoc");
        assertThat(index.search("VNeID mức 2 cần gì", 1).get(0).topicTerms()).contains("vneid");
        List<SearchHit> weather = index.search("thời tiết mai có mưa không, cần mang áo gì", 3);
        assertThat(weather).allSatisfy(h -> assertThat(h.topicTerms()).isEmpty());
    }

    @Test
    void changes_are_searchable_at_once() {
        var p = ProcedureFixtures.procedure("ho-tich.khai-tu", "Đăng ký khai tử", List.of("giấy chứng tử"),
                List.of("làm giấy chứng tử"));
        index.put(p);
        assertThat(top("làm giấy chứng tử ở đâu")).isEqualTo("ho-tich.khai-tu");
        index.remove("ho-tich.khai-tu");
        assertThat(top("làm giấy chứng tử ở đâu")).isNotEqualTo("ho-tich.khai-tu");
    }
}
