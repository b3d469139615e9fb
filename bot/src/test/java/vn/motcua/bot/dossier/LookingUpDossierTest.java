package vn.motcua.bot.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.understanding.Intent;

class LookingUpDossierTest {
    static final String CODE = "000.00.99.H99-251103-0001";
    static final String OTHER_CODE = "000.00.99.H99-251103-0002";

    final DossierFixture fx = new DossierFixture();

    @Test
    void asks_for_the_code_when_the_question_has_none() {
        fx.web().send("hồ sơ của tôi đến đâu rồi").expectIntent("dossier_status").expect("mã hồ sơ")
                .expect("000.00.21.H42-251103-0012");
    }

    @Test
    void shows_the_status_after_a_wrong_then_a_right_factor() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        var chat = fx.web().send("cho hỏi hồ sơ 000 00 99 h99 251103 0001 đến đâu rồi")
                .expectIntent("dossier_status").expect("4 số cuối")
                .send("1111").expect("chưa khớp")
                .send("5678").expect("Tình trạng: Đang xử lý").expect("Thủ tục: Đăng ký khai sinh")
                .expect("Ngày tiếp nhận: 03/11/2025").expect("Ngày hẹn trả kết quả: 20/11/2025 (còn 5 ngày)")
                .expect("chưa cần làm gì");
        assertThat(chat.text()).doesNotContain("0912345678", "5678", "Nguyễn Văn Thử", "001203004321");
    }

    @Test
    void an_unknown_code_reads_exactly_like_a_wrong_factor() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        var known = fx.web().send(CODE);
        String knownPrompt = known.text().replace(CODE, "<code>");
        String knownAnswer = known.send("1111").text();
        var unknown = ConversationHarness.on(vn.motcua.bot.message.Channel.WEB, "someone-else", fx.flow).send(OTHER_CODE);
        String unknownPrompt = unknown.text().replace(OTHER_CODE, "<code>");
        String unknownAnswer = unknown.send("1111").text();

        assertThat(unknownPrompt).isEqualTo(knownPrompt);
        assertThat(unknownAnswer).isEqualTo(knownAnswer);
        assertThat(fx.audit.recent()).extracting(LookupAudit.Entry::outcome)
                .containsExactly(LookupAudit.Outcome.UNKNOWN_CODE, LookupAudit.Outcome.WRONG_FACTOR);
    }

    @Test
    void the_lock_out_holds_for_the_sender_even_with_the_right_factor() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        var chat = fx.web().send(CODE);
        for (int i = 0; i < 4; i++) {
            chat.send("000" + i).expect("chưa khớp");
        }
        chat.send("0004").expect("sai quá nhiều lần").expect("30 phút");
        chat.send(CODE + " 5678").expect("sai quá nhiều lần");
        assertThat(chat.text()).doesNotContain("Đang xử lý");
        // the sender is locked out of every code, known or not
        chat.send(OTHER_CODE + " 5678").expect("sai quá nhiều lần");
    }

    @Test
    void the_lock_out_holds_for_the_code_whoever_asks() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        for (int i = 0; i < 9; i++) {
            fx.telegram("guesser-" + i).send(CODE + " 000" + i).expect("chưa khớp");
        }
        fx.telegram("guesser-9").send(CODE + " 0009").expect("sai quá nhiều lần");
        fx.telegram("the-applicant").send(CODE).send("5678").expect("sai quá nhiều lần");
        assertThat(fx.audit.recent().get(0).outcome()).isEqualTo(LookupAudit.Outcome.LOCKED_OUT);
    }

    @Test
    void every_try_is_audited_without_the_factor() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        fx.telegram("chat-7").send(CODE).send("1111").send("5678");
        assertThat(fx.audit.recent()).hasSize(2).allSatisfy(e -> {
            assertThat(e.channel().key()).isEqualTo("telegram");
            assertThat(e.sender()).isEqualTo("chat-7");
            assertThat(e.code()).isEqualTo(CODE);
            assertThat(e.at()).isEqualTo(DossierFixture.NOW);
            assertThat(e.toString()).doesNotContain("5678", "1111");
        });
        assertThat(fx.audit.recent().get(0).outcome()).isEqualTo(LookupAudit.Outcome.OPENED);
    }

    @Test
    void a_code_and_its_factor_can_come_in_one_message() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.RECEIVED));
        fx.web().send("ma ho so " + CODE.toLowerCase() + " sdt 0912345678").expect("Tình trạng: Được tiếp nhận");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.99.H99.251103.0001", "000_00_99_h99_251103_0001", "00000 99h99 2511030001",
        "https://dvc.example.gov.vn/hs/000%2E00%2E99%2EH99-251103-0001"})
    void every_form_the_code_reader_accepts_starts_a_lookup(String text) {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.RECEIVED));
        fx.web().send(text).expectIntent("dossier_status").expect("4 số cuối").expect(CODE)
                .send("5678").expect("Được tiếp nhận");
    }

    @Test
    void a_code_from_a_qr_link_is_read() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.RECEIVED));
        fx.web().send("https://dichvucong.example.gov.vn/tra-cuu?maHoSo=" + CODE).expect("4 số cuối")
                .send("5678").expect("Được tiếp nhận");
    }

    @Test
    void more_documents_says_which_and_where() {
        Dossier d = DossierFixture.dossier(CODE, DossierStatus.MORE_DOCUMENTS);
        fx.store.save(new Dossier(d.code(), d.status(), d.procedure(), d.applicantPhone(), d.applicantIdNumber(),
                d.applicantName(), null, "bản sao Giấy chứng nhận kết hôn của cha mẹ", d.receivedAt(), d.dueAt()));
        fx.web().send(CODE).send("4321").expect("Yêu cầu bổ sung giấy tờ")
                .expect("bổ sung bản sao Giấy chứng nhận kết hôn của cha mẹ")
                .expect("Nơi nộp bổ sung: " + ConversationHarness.SHOP.name() + ", " + ConversationHarness.SHOP.address());
    }

    @Test
    void a_finished_dossier_offers_the_postal_return_which_starts_a_booking() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.DONE));
        var chat = fx.web().send(CODE).send("5678").expect("Đã xử lý xong").expect("nhận kết quả trực tiếp")
                .expectOption("Đặt bưu điện trả kết quả");
        assertThat(chat.allOptions()).extracting(o -> o.value())
                .contains("Đặt bưu điện trả kết quả tại nhà cho hồ sơ " + CODE);
        chat.choose("Đặt bưu điện").expectIntent("postal_booking");
    }

    @Test
    void overdue_is_computed_from_the_due_date() {
        Dossier d = DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS);
        fx.store.save(new Dossier(d.code(), d.status(), d.procedure(), d.applicantPhone(), d.applicantIdNumber(),
                null, null, null, d.receivedAt(), d.receivedAt().plusDays(7)));
        fx.web().send(CODE).send("5678").expect("10/11/2025 (đã quá hạn 5 ngày)").expect("phiếu xin lỗi");
    }

    @Test
    void a_subscribed_chat_hears_of_a_change_once() {
        Dossier d = DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS);
        fx.store.save(d);
        var chat = fx.telegram("chat-42").send(CODE).send("5678").choose("Báo tôi").expect("Đã đăng ký theo dõi");

        assertThat(fx.updates.record(d.withStatus(DossierStatus.DONE)).changed()).isTrue();
        assertThat(fx.updates.record(d.withStatus(DossierStatus.DONE)).changed()).isFalse();
        fx.notifying.statusIs(d.withStatus(DossierStatus.DONE)); // a poll seeing the same status again
        assertThat(fx.telegram.sent).hasSize(1);
        assertThat(fx.telegram.sent.get(0).recipient()).isEqualTo("chat-42");
        assertThat(fx.telegram.sent.get(0).text()).contains(CODE).contains("Đã xử lý xong").contains("HỦY THEO DÕI")
                .doesNotContain("Nguyễn");

        chat.send("HỦY THEO DÕI").expect("Đã hủy theo dõi 1 hồ sơ");
        fx.updates.record(d.withStatus(DossierStatus.RETURNED));
        assertThat(fx.telegram.sent).hasSize(1);
    }

    @Test
    void stopping_notices_works_in_the_middle_of_another_lookup_and_plain_cancel_still_cancels() {
        Dossier d = DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS);
        fx.store.save(d);
        var chat = fx.telegram("chat-43").send(CODE).send("5678").choose("Báo tôi").expect("Đã đăng ký theo dõi");
        chat.send("tra cứu hồ sơ").expect("mã hồ sơ")
                .send("huy theo doi").expect("Đã hủy theo dõi 1 hồ sơ");
        chat.send("tra cứu hồ sơ").expect("mã hồ sơ").send("hủy").expect("Đã hủy.");
        fx.updates.record(d.withStatus(DossierStatus.DONE));
        assertThat(fx.telegram.sent).isEmpty();
    }

    @Test
    void only_someone_who_opened_the_dossier_may_follow_it() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        fx.telegram("stranger").send("Theo dõi hồ sơ " + CODE).expect("4 số cuối")
                .send("1111").expect("chưa khớp");
        assertThat(fx.subscriptions.watched()).isEmpty();
    }

    @Test
    void the_web_chat_cannot_be_told_later_so_it_is_not_offered() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        var chat = fx.web().send(CODE).send("5678");
        assertThat(chat.allOptions()).extracting(o -> o.label()).noneMatch(l -> l.contains("Báo tôi"));
    }

    @Test
    void gives_up_politely_when_no_code_comes() {
        fx.web().send("tra cứu hồ sơ").expect("mã hồ sơ")
                .send("tôi không nhớ").expect("chưa đọc được mã")
                .send("để tôi tìm lại").expect("dừng tra cứu")
                .send("đăng ký khai sinh cần giấy tờ gì").expectIntent("procedure");
    }

    @Test
    void the_stateless_ask_gives_guidance_without_personal_data() {
        fx.store.save(DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS));
        var answer = fx.web().assistant().ask("hồ sơ " + CODE + " của tôi đến đâu rồi");
        assertThat(answer.intent()).isEqualTo(Intent.DOSSIER_STATUS);
        assertThat(answer.text()).contains("mã hồ sơ").contains("4 số cuối").doesNotContain("Đang xử lý");
    }
}
