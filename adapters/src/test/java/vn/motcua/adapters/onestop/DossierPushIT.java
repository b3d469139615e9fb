package vn.motcua.adapters.onestop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;

/**
 * The push API as the one-stop system calls it, and the lookup and notices that follow, through the
 * public chat API and the assistant as a channel adapter calls it. Telegram's outbound side is a
 * recording bean here (the real adapter is tested against its fake server).
 */
@SpringBootTest(properties = {
    "assistant.data-dir=target/test-data/dossier-push-${random.uuid}", // a fresh data dir each run
    "assistant.onestop.push-secret=" + DossierPushIT.SECRET,
})
@AutoConfigureMockMvc
class DossierPushIT {
    static final String SECRET = "test-push-secret";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Assistant assistant;
    @Autowired
    RecordingTelegram telegram;

    @TestConfiguration
    static class Channels {
        @Bean
        RecordingTelegram recordingTelegram() {
            return new RecordingTelegram();
        }
    }

    static class RecordingTelegram implements OutboundChannel {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public void send(String recipient, List<Reply> replies) {
            replies.forEach(r -> sent.add(recipient + ": " + r.text()));
        }

        List<String> to(String recipient) {
            return sent.stream().filter(s -> s.startsWith(recipient + ": ")).toList();
        }
    }

    // ---- push API --------------------------------------------------------------------------

    @Test
    void a_pushed_dossier_opens_in_the_chat_after_a_wrong_then_a_right_factor() throws Exception {
        String code = "000.00.21.H42-251103-0101";
        push(code, dossier(4, "0987 654 321")).andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(true));

        Chat chat = new Chat();
        chat.say("Cho hỏi hồ sơ " + code.toLowerCase() + " của tôi đến đâu rồi").expectIntent("dossier_status")
                .expect("4 số cuối");
        chat.say("1111").expect("chưa khớp");
        chat.say("4321").expect("Tình trạng: Đang xử lý").expect("Thủ tục: Đăng ký khai sinh")
                .expect("Ngày hẹn trả kết quả: 20/11/2026");
        assertThat(chat.text()).doesNotContain("0987", "Nguyễn Văn Đẩy");
    }

    @Test
    void an_unknown_code_looks_exactly_like_a_wrong_factor() throws Exception {
        String known = "000.00.21.H42-251103-0102";
        String unknown = "000.00.21.H42-251103-0999";
        push(known, dossier(4, "0987 654 321")).andExpect(status().isOk());

        JsonNode wrongFactor = new Chat().say(known).say("1111").last;
        JsonNode unknownCode = new Chat().say(unknown).say("1111").last;
        assertThat(unknownCode.get("replies")).isEqualTo(wrongFactor.get("replies"));
        assertThat(unknownCode.get("intent")).isEqualTo(wrongFactor.get("intent"));
    }

    @Test
    void the_lock_out_holds_even_for_the_right_factor() throws Exception {
        String code = "000.00.21.H42-251103-0103";
        push(code, dossier(4, "0987 654 321")).andExpect(status().isOk());
        Chat chat = new Chat().say(code);
        for (int i = 0; i < 4; i++) {
            chat.say("900" + i).expect("chưa khớp");
        }
        chat.say("9004").expect("sai quá nhiều lần");
        chat.say(code + " 4321").expect("sai quá nhiều lần");
        assertThat(chat.text()).doesNotContain("Đang xử lý");
    }

    @Test
    void forged_stale_and_missing_signatures_get_401_and_change_nothing() throws Exception {
        String code = "000.00.21.H42-251103-0104";
        push(code, dossier(4, "0987 654 321")).andExpect(status().isOk());
        byte[] body = dossier(9, "0987 654 321");
        long now = Instant.now().getEpochSecond();

        send(code, body, now, sign("not-the-secret", now, body)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("bad_signature"));
        send(code, body, now - 301, sign(SECRET, now - 301, body)).andExpect(status().isUnauthorized());
        // well past the 300 s window: a busy machine can take seconds between signing and checking
        long ahead = Instant.now().getEpochSecond() + 330;
        send(code, body, ahead, sign(SECRET, ahead, body)).andExpect(status().isUnauthorized());
        send(code, body, now, sign(SECRET, now, dossier(4, "0987 654 321"))).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/dossiers/" + code).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        send(code, body, now, "sha256=zz").andExpect(status().isUnauthorized());

        new Chat().say(code + " 4321").expect("Đang xử lý");
    }

    @Test
    void a_status_change_reaches_a_subscribed_chat_once_even_when_pushed_twice() throws Exception {
        String code = "000.00.21.H42-251103-0105";
        push(code, dossier(4, "0987 654 321")).andExpect(status().isOk());
        telegramSays("chat-501", code);
        String opened = telegramSays("chat-501", "4321");
        assertThat(opened).contains("Đang xử lý");
        assertThat(telegramSays("chat-501", "Theo dõi hồ sơ " + code)).contains("Đã đăng ký theo dõi");

        push(code, dossier(9, "0987 654 321")).andExpect(jsonPath("$.changed").value(true));
        push(code, dossier(9, "0987 654 321")).andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(false));

        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.to("chat-501").size() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> telegram.to("chat-501").size() == 1);
        assertThat(telegram.to("chat-501").get(0)).contains(code).contains("Đã xử lý xong").contains("HỦY THEO DÕI");

        assertThat(telegramSays("chat-501", "HỦY THEO DÕI")).contains("Đã hủy theo dõi");
        push(code, dossier(10, "0987 654 321")).andExpect(jsonPath("$.changed").value(true));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> telegram.to("chat-501").size() == 1);
    }

    @Test
    void a_late_retry_of_an_older_update_keeps_the_newer_status_and_notifies_once() throws Exception {
        String code = "000.00.21.H42-251103-0108";
        push(code, dossier(4, "0987 654 321", "2026-11-10T09:00:00+07:00")).andExpect(status().isOk());
        telegramSays("chat-508", code);
        assertThat(telegramSays("chat-508", "4321")).contains("Đang xử lý");
        assertThat(telegramSays("chat-508", "Theo dõi hồ sơ " + code)).contains("Đã đăng ký theo dõi");

        push(code, dossier(9, "0987 654 321", "2026-11-12T15:00:00+07:00")).andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true)).andExpect(jsonPath("$.stale").value(false));
        // the retry of the 09:00 update, sent in UTC, arrives after the newer one
        push(code, dossier(4, "0987 654 321", "2026-11-10T02:00:00Z")).andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false)).andExpect(jsonPath("$.stale").value(true));

        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.to("chat-508").size() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> telegram.to("chat-508").size() == 1);
        assertThat(telegram.to("chat-508").get(0)).contains("Đã xử lý xong").doesNotContain("Đang xử lý");
        new Chat().say(code + " 4321").expect("Tình trạng: Đã xử lý xong");
    }

    @Test
    void bad_bodies_and_codes_get_400_with_json() throws Exception {
        push("000.00.21.H42-251103-0106", "{\"status\": 11}".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_dossier"))
                .andExpect(jsonPath("$.message", containsString("status")))
                .andExpect(jsonPath("$.message", containsString("dueAt")));
        push("000.00.21.H42-251103-0106", "{\"status\": ".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("malformed_json"));
        push("not-a-code", dossier(4, "0987 654 321"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("bad_code"));
    }

    @Test
    void plain_dates_and_codes_typed_loosely_are_accepted() throws Exception {
        byte[] body = json.writeValueAsBytes(Map.of("status", 2, "procedure", "1.000894", "applicantPhone", "0911000777",
                "receivedAt", "2026-11-02", "dueAt", "2026-11-09"));
        push("000 00 21 h42 251103 0107", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("000.00.21.H42-251103-0107"));
        new Chat().say("000.00.21.H42-251103-0107 0777").expect("Thủ tục: Đăng ký kết hôn")
                .expect("Ngày tiếp nhận: 02/11/2026");
    }

    // ---- demo data and the stateless API ---------------------------------------------------

    @Test
    void the_demo_dossiers_of_the_readme_can_be_looked_up() throws Exception {
        new Chat().say("000.00.00.H99-251103-0001").say("1111").expect("Đang xử lý").expect("Đăng ký khai sinh");
        new Chat().say("000.00.00.H99-251103-0002").say("2222").expect("Yêu cầu bổ sung giấy tờ")
                .expect("chứng minh chỗ ở hợp pháp");
        new Chat().say("000.00.00.H99-251103-0003").say("3333").expect("Đã xử lý xong")
                .expectOption("Đặt bưu điện trả kết quả tại nhà");
        new Chat().say("000.00.00.H99-251103-0004").say("4444").expect("đã quá hạn 3 ngày");
        new Chat().say("H99.01-251103-0005").say("5555").expect("Được tiếp nhận").expect("Đăng ký khai tử");
    }

    @Test
    void the_ask_api_gives_guidance_for_a_dossier_question() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hồ sơ 000.00.00.H99-251103-0001 của tôi đến đâu rồi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("dossier_status"))
                .andExpect(jsonPath("$.answer", containsString("4 số cuối")))
                .andExpect(jsonPath("$.answer", org.hamcrest.Matchers.not(containsString("Đang xử lý"))));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private byte[] dossier(int status, String phone) throws Exception {
        return json.writeValueAsBytes(Map.of(
                "status", status, "procedure", "ho-tich.khai-sinh", "applicantPhone", phone,
                "applicantName", "Nguyễn Văn Đẩy", "receivedAt", "2026-11-03T08:30:00+07:00",
                "dueAt", "2026-11-20T17:00:00+07:00"));
    }

    private byte[] dossier(int status, String phone, String updatedAt) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(json.readValue(dossier(status, phone), Map.class));
        body.put("updatedAt", updatedAt);
        return json.writeValueAsBytes(body);
    }

    private ResultActions push(String code, byte[] body) throws Exception {
        long now = Instant.now().getEpochSecond();
        return send(code, body, now, sign(SECRET, now, body));
    }

    private ResultActions send(String code, byte[] body, long timestamp, String signature) throws Exception {
        return mvc.perform(put("/api/v1/dossiers/" + code).contentType(MediaType.APPLICATION_JSON)
                .header("X-Motcua-Timestamp", Long.toString(timestamp))
                .header("X-Motcua-Signature", signature).content(body));
    }

    static String sign(String secret, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private String telegramSays(String chatId, String text) {
        var response = assistant.handle(InboundMessage.text(Channel.TELEGRAM, chatId, text));
        return String.join("\n", response.replies().stream().map(Reply::text).toList());
    }

    /** The web chat as the widget uses it: one conversation id, "say this, expect that". */
    private class Chat {
        String conversation;
        JsonNode last;
        final List<String> texts = new ArrayList<>();

        Chat say(String text) throws Exception {
            String body = json.writeValueAsString(new java.util.HashMap<>(Map.of("text", text)) {{
                put("conversation", conversation);
            }});
            String answer = mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            last = json.readTree(answer);
            conversation = last.get("conversation").asText();
            texts.clear();
            last.get("replies").forEach(r -> texts.add(r.get("text").asText()));
            return this;
        }

        Chat expect(String fragment) {
            assertThat(text()).contains(fragment);
            return this;
        }

        Chat expectOption(String label) {
            List<String> labels = new ArrayList<>();
            last.get("replies").forEach(r -> r.get("options").forEach(o -> labels.add(o.get("label").asText())));
            assertThat(labels).anyMatch(l -> l.contains(label));
            return this;
        }

        Chat expectIntent(String intent) {
            assertThat(last.get("intent").asText()).isEqualTo(intent);
            return this;
        }

        String text() {
            return String.join("\n", texts);
        }
    }
}
