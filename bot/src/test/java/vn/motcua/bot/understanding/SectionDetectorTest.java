package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.ProcedureSection;

class SectionDetectorTest {
    private final SectionDetector detector = new SectionDetector();
    private final KnowledgeBase kb = ConversationHarness.knowledge();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "can cuoc can mang nhung giay to gi | documents",
            "le phi bao nhieu tien | fees",
            "mat bao lau thi xong | time",
            "nop o dau | place",
            "lam tren vneid duoc khong | online",
            "gom nhung buoc nao | steps",
            "can dieu kien gi | requirements",
            "giay nay co gia tri bao lau | result",
            "giay nay co thoi han may nam | result",
            "thu tuc the nao | general",
            "toi muon hoi | general"})
    void cue_phrases_pick_the_section(String question, String section) {
        assertThat(detector.detect(question)).isEqualTo(ProcedureSection.fromKey(section));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hs cap the can cuoc lan dau can j | documents",
            "lam cccd mat bn tien | fees",
            "dk tam tru mat may ngay | time"})
    void teencode_is_read_through_the_catalog_normalisation(String question, String section) {
        assertThat(detector.detect(kb.normalize(question))).isEqualTo(ProcedureSection.fromKey(section));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nhung doi tuong nao duoc mien giam hoc phi | giao-duc.mien-giam-hoc-phi | requirements",
            "xin ho tro chi phi mai tang nop o dau | bao-tro.mai-tang | place"})
    void words_of_the_procedure_name_are_not_cues(String question, String id, String section) {
        assertThat(detector.detect(question, kb.find(id).orElseThrow())).isEqualTo(ProcedureSection.fromKey(section));
    }
}
