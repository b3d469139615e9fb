package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;

class BookingPostalServiceTest {
    private final PostalFixture postal = new PostalFixture();

    @Test
    void books_a_pickup_step_by_step_and_lists_documents_and_fees_in_the_recap() {
        postal.chat()
                .send("Đặt bưu chính công ích").expectIntent("postal_booking")
                .expectOption("Nhận hồ sơ tại nhà").expectOption("Trả kết quả tại nhà")
                .choose("Nhận hồ sơ").expect("thủ tục nào")
                .send("đăng ký khai sinh").expect("Họ và tên")
                .send("Nguyễn Văn An").expect("Số điện thoại")
                .send("0912 34 56").expect("Số điện thoại chưa đúng")
                .send("+84 912 345 678").expect("Địa chỉ")
                .send("số 12 ngõ 45 Trần Phú, phường Hà Đông, Hà Nội").expect("lúc nào")
                .expectOption("Sáng thứ Bảy, 28/11/2026").expectOption("Chiều thứ Hai, 30/11/2026")
                .choose("Chiều thứ Hai")
                .expect("Thủ tục: Đăng ký khai sinh").expect("Nguyễn Văn An").expect("0912 345 678")
                .expect("số 12 ngõ 45 Trần Phú, Phường Hà Đông, Thành phố Hà Nội")
                .expect("Chiều thứ Hai, 30/11/2026 (13:30–17:00)")
                .expect("Giấy tờ cần chuẩn bị").expect("Tờ khai đăng ký khai sinh").expect("Phí, lệ phí thủ tục:")
                .expect("Cước dịch vụ bưu chính: Theo bảng giá của Bưu điện.")
                .expectOption("Xác nhận").expectOption("Sửa thông tin").expectOption("Hủy")
                .choose("Xác nhận").expect("Mã đặt dịch vụ: BC-261127-");

        assertThat(postal.bookings.list(Set.of())).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo(BookingState.REQUESTED);
            assertThat(b.request().kind()).isEqualTo(BookingKind.PICKUP);
            assertThat(b.request().procedureId()).isEqualTo("ho-tich.khai-sinh");
            assertThat(b.request().phone().digits()).isEqualTo("0912345678");
            assertThat(b.request().address().commune().fullName()).isEqualTo("Phường Hà Đông, Thành phố Hà Nội");
        });
        assertThat(postal.handedOver).hasSize(1);
    }

    @Test
    void uses_what_the_first_message_already_says() {
        postal.chat()
                .send("đăng ký bưu điện qua nhà lấy hồ sơ, địa chỉ số 12 ngõ 45 Trần Phú")
                .expect("thủ tục nào")
                .send("khai sinh").expect("Họ và tên")
                .send("Trần Thị Bình").expect("Số điện thoại")
                .send("0987654321").expect("phường/xã nào")
                .send("p ha dong, ha noi").expect("lúc nào")
                .send("sáng thứ 2").expect("số 12 ngõ 45 Trần Phú, Phường Hà Đông, Thành phố Hà Nội")
                .expect("Sáng thứ Hai, 30/11/2026");
    }

    @Test
    void offers_the_close_procedures_when_the_name_fits_several() {
        postal.chat().send("đặt bưu điện đến nhận hồ sơ tại nhà").expect("thủ tục nào")
                .send("chứng thực").expect("thủ tục nào dưới đây").expectOption("Chứng thực bản sao")
                .choose("Chứng thực bản sao").expect("Họ và tên");
    }

    @Test
    void a_delivery_needs_the_dossier_code_and_lists_no_documents() {
        postal.chat()
                .send("ship kết quả hồ sơ 000 17 22 h56 210531 0001 về nhà giúp tôi, sđt 0912345678")
                .expect("Họ và tên")
                .send("tôi tên là Lê Văn Cường").expect("Địa chỉ")
                .send("Khu 3, phường Dĩ An, Bình Dương").expect("lúc nào")
                .send("1")
                .expect("Mã hồ sơ: 000.17.22.H56-210531-0001").expect("Lê Văn Cường")
                .expect("Khu 3, Phường Dĩ An, Thành phố Hồ Chí Minh").expect("Sáng thứ Bảy, 28/11/2026")
                .expect("Trả kết quả tại nhà");
    }

    @Test
    void asks_which_province_when_a_commune_name_is_shared() {
        postal.chat()
                .send("bưu điện trả kết quả hồ sơ 000.17.22.H56-210531-0001").expect("Họ và tên")
                .send("Phạm Minh").send("0912345678").expect("Địa chỉ")
                .send("thôn Đông, xã Tân Thành").expect("Có 9 phường/xã mang tên này").expect("tỉnh/thành phố nào")
                .send("Lâm Đồng").expect("lúc nào")
                .send("chiều mai").expect("thôn Đông, Xã Tân Thành, Tỉnh Lâm Đồng").expect("Chiều thứ Bảy, 28/11/2026");
    }

    @Test
    void offers_the_communes_of_that_name_as_options_when_they_are_few() {
        postal.chat()
                .send("bưu điện trả kết quả hồ sơ 000.17.22.H56-210531-0001").send("Phạm Minh").send("0912345678")
                .send("số 5, xã Trần Phú").expect("Có 4 phường/xã").expectOption("Xã Trần Phú, Thành phố Hà Nội")
                .choose("Xã Trần Phú, Thành phố Hải Phòng").expect("lúc nào")
                .send("3").expect("số 5, Xã Trần Phú, Thành phố Hải Phòng").expect("Sáng thứ Hai, 30/11/2026");
    }

    @Test
    void a_bare_commune_name_for_the_address_asks_which_one_then_the_street() {
        postal.chat()
                .send("bưu điện trả kết quả hồ sơ 000.17.22.H56-210531-0001").send("Phạm Minh").send("0912345678")
                .send("Hà Đông").expect("Có 2 phường/xã").expectOption("Phường Hà Đông, Thành phố Hà Nội")
                .send("2").expect("Số nhà, tên đường")
                .send("thôn Trung").expect("lúc nào").send("1").expect("thôn Trung, Xã Hà Đông, Thành phố Hải Phòng");
    }

    @Test
    void a_phone_given_with_the_name_is_taken_too() {
        postal.chat()
                .send("bưu điện trả kết quả hồ sơ 000.17.22.H56-210531-0001").expect("Họ và tên")
                .send("Phạm Minh, sđt 0912 345 678").expect("Địa chỉ")
                .send("8 Láng Hạ, phường Láng, Hà Nội").send("1").expect("Người liên hệ: Phạm Minh\n")
                .expect("Điện thoại: 0912 345 678");
    }

    @Test
    void changes_one_answer_from_the_recap_and_keeps_the_others() {
        ConversationHarness chat = reachRecap();
        chat.choose("Sửa thông tin").expect("sửa thông tin nào").choose("Số điện thoại").expect("Số điện thoại")
                .send("0355 111 222").expect("Vui lòng kiểm tra").expect("0355 111 222").expect("Nguyễn Văn An");
        chat.send("sửa địa chỉ").expect("Địa chỉ")
                .send("8 Láng Hạ, phường Láng, Hà Nội").expect("8 Láng Hạ, Phường Láng, Thành phố Hà Nội");
        chat.send("đổi giờ").expect("lúc nào").choose("Sáng thứ Hai").expect("Sáng thứ Hai, 30/11/2026");
    }

    @Test
    void cancels_midway_and_books_nothing() {
        postal.chat().send("đặt bưu điện nhận hồ sơ tại nhà").expect("thủ tục nào")
                .send("đăng ký khai sinh").send("Nguyễn Văn An")
                .send("hủy").expect("Đã hủy")
                .send("xin chào").expectIntent("greeting");
        assertThat(postal.bookings.list(Set.of())).isEmpty();
        assertThat(postal.handedOver).isEmpty();
    }

    @Test
    void confirming_twice_places_one_booking() {
        ConversationHarness chat = reachRecap();
        chat.choose("Xác nhận").expect("Mã đặt dịch vụ");
        String reference = postal.bookings.list(Set.of()).get(0).reference();
        chat.send("bc:xac-nhan").expect("đã được ghi nhận").expect(reference);
        chat.send("xác nhận");
        assertThat(postal.bookings.list(Set.of())).hasSize(1);
        assertThat(postal.handedOver).hasSize(1);
    }

    @Test
    void every_repeated_confirmation_names_the_booking_and_cancelling_still_works() {
        // a double or triple tap (or a webhook delivered again) arrives one after another when the server is busy
        ConversationHarness chat = reachRecap();
        chat.choose("Xác nhận").expect("Mã đặt dịch vụ");
        String reference = postal.bookings.list(Set.of()).get(0).reference();
        chat.send("bc:xac-nhan").expect("đã được ghi nhận").expect(reference);
        chat.send("bc:xac-nhan").expect("đã được ghi nhận").expect(reference);
        chat.send("xác nhận").expect("đã được ghi nhận").expect(reference);
        chat.send("hủy").expect("Đã hủy yêu cầu " + reference);
        assertThat(postal.bookings.list(Set.of())).singleElement()
                .extracting(Booking::state).isEqualTo(BookingState.CANCELLED);
        assertThat(postal.handedOver).hasSize(1);
    }

    @Test
    void after_confirming_another_question_is_answered_as_usual() {
        reachRecap().choose("Xác nhận").send("lệ phí đăng ký kết hôn").expectIntent("procedure").expect("Phí, lệ phí");
    }

    @Test
    void cancelling_right_after_confirming_cancels_the_booking() {
        reachRecap().choose("Xác nhận").send("sửa địa chỉ").expect("nhắn HỦY rồi đặt lại")
                .send("hủy").expect("Đã hủy yêu cầu BC-");
        assertThat(postal.bookings.list(Set.of())).singleElement()
                .extracting(Booking::state).isEqualTo(BookingState.CANCELLED);
    }

    private ConversationHarness reachRecap() {
        return postal.chat().send("đặt bưu điện nhận hồ sơ tại nhà").expect("thủ tục nào")
                .send("đăng ký khai sinh").send("Nguyễn Văn An").send("0912345678")
                .send("số 12 ngõ 45 Trần Phú, phường Hà Đông, Hà Nội").choose("Chiều thứ Hai")
                .expect("Vui lòng kiểm tra");
    }
}
