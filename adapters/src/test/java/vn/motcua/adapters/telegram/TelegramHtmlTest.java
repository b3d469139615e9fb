package vn.motcua.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Reply;

class TelegramHtmlTest {

    @Test
    void text_is_escaped_and_links_are_anchors() {
        Reply reply = new Reply("Lệ phí <50.000đ> & \"miễn\"", List.of(),
                List.of(new Reply.Link("Cổng DVC", "https://dichvucong.gov.vn/p?a=1&b=2")));
        assertThat(TelegramHtml.text(reply)).isEqualTo("Lệ phí &lt;50.000đ&gt; &amp; &quot;miễn&quot;\n"
                + "<a href=\"https://dichvucong.gov.vn/p?a=1&amp;b=2\">Cổng DVC</a>");
    }

    @Test
    void a_long_answer_goes_as_several_messages_with_the_buttons_and_links_on_the_last() {
        String answer = "Bước một: nộp tờ khai tại Ủy ban nhân dân cấp xã.\n\n".repeat(200) + "Nguồn: Cổng DVC";
        Reply reply = new Reply(answer, List.of(new Reply.Option("Phí", "fees")),
                List.of(new Reply.Link("Cổng DVC", "https://dichvucong.gov.vn")), true);

        List<Reply> parts = TelegramHtml.parts(reply);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> assertThat(TelegramHtml.text(part)).doesNotEndWith("…"));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(TelegramHtml.keyboard(part)).isNull());
        Reply last = parts.get(parts.size() - 1);
        assertThat(TelegramHtml.text(last)).contains("Nguồn: Cổng DVC\n<a href=");
        assertThat(TelegramHtml.keyboard(last).getKeyboard()).hasSize(2);
        assertThat(String.join("\n\n", parts.stream().map(Reply::text).toList())).isEqualTo(answer);
    }

    @Test
    void options_become_one_button_a_row_and_long_values_their_number() {
        var keyboard = TelegramHtml.keyboard(Reply.withOptions("", List.of(new Reply.Option("Phí", "tt:ho-tich.khai-sinh:fees"),
                new Reply.Option("Hỏi thủ tục", "Tôi muốn hỏi về thủ tục hành chính cấp xã và cấp huyện"))));
        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("tt:ho-tich.khai-sinh:fees");
        assertThat(keyboard.getKeyboard().get(1).get(0).getCallbackData()).isEqualTo("#2");
        assertThat(TelegramHtml.keyboard(Reply.text("Xin chào"))).isNull();
    }

    @Test
    void an_answer_that_takes_feedback_ends_with_a_thumbs_row() {
        var keyboard = TelegramHtml.keyboard(new Reply("Lệ phí: 0 đồng",
                List.of(new Reply.Option("Phí", "tt:ho-tich.khai-sinh:fees")), List.of(), true));
        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(1)).extracting(b -> b.getText() + " " + b.getCallbackData())
                .containsExactly("👍 fb:up", "👎 fb:down");
        assertThat(TelegramHtml.keyboard(new Reply("Lệ phí: 0 đồng", List.of(), List.of(), true)).getKeyboard())
                .hasSize(1);
    }

    @Test
    void telegram_commands_speak_the_assistants_words() {
        assertThat(TelegramUpdates.command("/start")).isEqualTo("xin chào");
        assertThat(TelegramUpdates.command("/help@motcua_bot")).isEqualTo("trợ giúp");
        assertThat(TelegramUpdates.command("lệ phí khai sinh")).isEqualTo("lệ phí khai sinh");
    }
}
