package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.knowledge.procedure.Procedure;

class BookingRecapTest {
    private final BookingRecap recap = new BookingRecap(new PostalTerms("Theo bảng giá của Bưu điện."));
    private final Procedure birth = ConversationHarness.knowledge().find("ho-tich.khai-sinh").orElseThrow();
    private final BookingRequest pickup = InMemoryBookingsTest.request("d");

    @Test
    void a_pickup_lists_every_document_with_copies_the_postal_note_and_the_fee() {
        String text = recap.write(pickup, Optional.of(birth), false);
        assertThat(text).contains("Giấy tờ cần chuẩn bị sẵn để bưu tá nhận:\n1. Tờ khai đăng ký khai sinh (1 bản chính)")
                .contains(birth.documents().size() + ". ").contains("Lưu ý khi nộp qua bưu chính:")
                .contains("Phí, lệ phí thủ tục: ").contains("Cước dịch vụ bưu chính: Theo bảng giá của Bưu điện.");
    }

    @Test
    void on_sms_the_recap_keeps_document_names_short() {
        String full = recap.write(pickup, Optional.of(birth), false);
        String brief = recap.write(pickup, Optional.of(birth), true);
        assertThat(brief).contains("Giấy tờ tùy thân\n").doesNotContain("hộ chiếu, thẻ căn cước")
                .doesNotContain("Lưu ý khi nộp qua bưu chính").contains("Phí, lệ phí thủ tục: ");
        assertThat(brief.length()).isLessThan(full.length() * 2 / 3);
    }
}
