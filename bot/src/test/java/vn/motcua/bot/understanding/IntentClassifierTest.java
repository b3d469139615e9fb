package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.bot.ConversationHarness;

class IntentClassifierTest {
    private final IntentClassifier classifier = IntentClassifier.standard(
            ConversationHarness.catalog(ConversationHarness.knowledge()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "xin chào | greeting",
            "chao ban | greeting",
            "help | help",
            "000.00.21.H42-251103-0012 | dossier_status",
            "hs cua toi toi dau roi | dossier_status",
            "hồ sơ nộp tuần trước giờ sao rồi ad | dossier_status",
            "ho so cua bo toi duoc duyet chua | dossier_status",
            "đăng ký kết hôn mất bao lâu thì xong | procedure",
            "nộp hồ sơ khai sinh quá hạn có bị phạt không | procedure",
            "hồ sơ đăng ký tạm trú gồm những bước nào | procedure",
            "nhờ bưu điện đến lấy hồ sơ tận nhà | postal_booking",
            "giao ket qua ve nha giup minh | postal_booking",
            "dang ky khai sinh nop qua buu dien duoc khong | procedure",
            "dawng kys khai sinh | procedure",
            "gia vang hom nay | out_of_scope",
            "*:* AND ( | out_of_scope"})
    void intents(String text, String intent) {
        assertThat(classifier.understand(text).intent().key()).isEqualTo(intent);
    }
}
