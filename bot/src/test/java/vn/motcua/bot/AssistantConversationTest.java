package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssistantConversationTest {

    @Test
    void greets_and_offers_what_it_can_do() {
        ConversationHarness.web()
                .send("xin chào").expectIntent("greeting").expect("Xin chào").expectOption("Tra cứu hồ sơ");
    }

    @Test
    void answers_the_section_asked_and_offers_the_others() {
        ConversationHarness.web()
                .send("lam giay khai sinh cho con can giay to gi")
                .expectIntent("procedure").expect("Đăng ký khai sinh").expect("Hồ sơ cần chuẩn bị")
                .expect("Nguồn:")
                .choose("Phí, lệ phí").expect("Phí, lệ phí:");
    }

    @Test
    void says_it_does_not_know_instead_of_guessing() {
        var chat = ConversationHarness.web().send("cách nấu phở bò ngon").expectIntent("out_of_scope")
                .expect("chưa tìm thấy").expect("1900 1234");
        assertThat(chat.unanswered().recent()).extracting(q -> q.text()).contains("cách nấu phở bò ngon");
    }

    @Test
    void query_syntax_is_just_text() {
        ConversationHarness.web().send("*:* AND (").expectIntent("out_of_scope");
    }
}
