package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.receiving.Inbox;

/**
 * Telegram in webhook mode (a plain Spring MVC endpoint, not telegrambots-webhook), with the real
 * telegrambots client sending to a local fake; per-sender limits switched off as for a load test; and a
 * message received but not answered before a "crash" waiting in the data dir.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookIT {
    static final String SECRET = "webhook-secret-0123456789";
    static final String PUBLIC_URL = "https://motcua.example.vn";

    static final FakeChannelApis FAKE = new FakeChannelApis().start();
    static final Path DATA = leftBehindByACrash(Path.of("target", "test-data", "telegram-webhook-" + System.nanoTime()));

    /**
     * The inbox and outbox as a process that stopped between receiving and answering left them, in the
     * whole-map files of earlier versions (read once, then kept as a snapshot and a journal).
     */
    static Path leftBehindByACrash(Path data) {
        try {
            Path channels = Files.createDirectories(data.resolve("channels"));
            Files.writeString(channels.resolve("inbox.json"), "{\"telegram:9001\":{\"deliveryId\":\"telegram:9001\","
                    + "\"message\":{\"channel\":\"TELEGRAM\",\"sender\":\"4299\",\"text\":\"xin chào\","
                    + "\"chosenOption\":null,\"at\":\"" + Instant.now() + "\"}}}");
            Files.writeString(channels.resolve("outbox.json"), "{\"r1\":{\"id\":\"r1\",\"sequence\":1,\"channel\":\"TELEGRAM\","
                    + "\"recipient\":\"4298\",\"reply\":{\"text\":\"Hồ sơ của bạn đã có kết quả.\",\"options\":[],\"links\":[]},"
                    + "\"attempts\":0,\"notBefore\":\"" + Instant.now() + "\",\"createdAt\":\"" + Instant.now() + "\"}}");
            return data;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry p) {
        p.add("assistant.data-dir", DATA::toString);
        p.add("assistant.public-url", () -> PUBLIC_URL);
        p.add("assistant.rate-limits.enabled", () -> "false");
        p.add("assistant.channels.telegram.token", () -> FakeChannelApis.TELEGRAM_TOKEN);
        p.add("assistant.channels.telegram.api-url", FAKE::url);
        p.add("assistant.channels.telegram.mode", () -> "webhook");
        p.add("assistant.channels.telegram.webhook-secret", () -> SECRET);
    }

    @AfterAll
    static void stopFakes() {
        FAKE.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    UnansweredInbox inbox;

    /** The messages received and not yet answered (the data dir's inbox files, read as the app does). */
    @Autowired
    Inbox received;

    @Autowired
    Outbox outbox;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicLong UPDATE_IDS = new java.util.concurrent.atomic.AtomicLong(5000);

    private int push(String update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String text(long chat, String text) {
        return ChannelsIT.telegramText(UPDATE_IDS.incrementAndGet(), chat, text);
    }

    private JsonNode sent(long chat, int index) throws Exception {
        return json.readTree(FAKE.telegramSent(chat).get(index).getBodyAsString());
    }

    @Test
    void start_up_registers_the_webhook_with_its_secret() throws Exception {
        Eventually.until("setWebhook", () -> !FAKE.telegramCalls("setwebhook").isEmpty());
        // telegrambots sends setWebhook as multipart (it may carry a certificate)
        String call = FAKE.telegramCalls("setwebhook").get(0).getBodyAsString();
        assertThat(call).contains(PUBLIC_URL + "/webhooks/telegram").contains(SECRET);
    }

    @Test
    void a_pushed_question_is_answered_and_a_button_press_is_acknowledged_and_answered() throws Exception {
        assertThat(push(text(4301, "xin chào"), SECRET)).isEqualTo(200);
        Eventually.until("the greeting", () -> !FAKE.telegramSent(4301).isEmpty());
        JsonNode button = sent(4301, 0).path("reply_markup").path("inline_keyboard").get(1).get(0);

        assertThat(push(press(4301, "cb-4301", button.path("callback_data").asText()), SECRET)).isEqualTo(200);
        Eventually.until("the answer to the button", () -> FAKE.telegramSent(4301).size() >= 2);
        assertThat(FAKE.telegramCalls("answercallbackquery")).anySatisfy(
                r -> assertThat(r.getBodyAsString()).contains("cb-4301"));
        assertThat(sent(4301, 1).path("text").asText()).isNotBlank().isNotEqualTo(sent(4301, 0).path("text").asText());
    }

    @Test
    void an_answer_carries_thumbs_and_a_thumbs_down_sends_the_question_to_staff() throws Exception {
        String question = "làm giấy khai sinh cho con cần giấy tờ gì";
        assertThat(push(text(4305, question), SECRET)).isEqualTo(200);
        Eventually.until("the answer", () -> !FAKE.telegramSent(4305).isEmpty());
        JsonNode rows = sent(4305, 0).path("reply_markup").path("inline_keyboard");
        JsonNode thumbs = rows.get(rows.size() - 1);
        assertThat(thumbs).hasSize(2);
        assertThat(thumbs.get(0).path("text").asText()).isEqualTo("👍");
        assertThat(thumbs.get(0).path("callback_data").asText()).isEqualTo("fb:up");
        assertThat(thumbs.get(1).path("text").asText()).isEqualTo("👎");

        assertThat(push(press(4305, "cb-4305", thumbs.get(1).path("callback_data").asText()), SECRET)).isEqualTo(200);
        Eventually.until("the thanks", () -> FAKE.telegramSent(4305).size() >= 2);
        assertThat(sent(4305, 1).path("text").asText()).contains("Cảm ơn bạn đã góp ý!").contains("cán bộ");
        assertThat(sent(4305, 1).path("reply_markup").isMissingNode()
                || sent(4305, 1).path("reply_markup").isNull()).isTrue();
        assertThat(inbox.open()).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo(question);
            assertThat(q.reason()).isEqualTo(ReceivingFeedback.UNHELPFUL);
            assertThat(q.channel()).isEqualTo(Channel.TELEGRAM);
        });
    }

    private String press(long chat, String callbackId, String data) throws Exception {
        return "{\"update_id\":" + UPDATE_IDS.incrementAndGet() + ",\"callback_query\":{\"id\":\"" + callbackId + "\","
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"An\"},\"chat_instance\":\"ci\","
                + "\"data\":" + json.writeValueAsString(data) + ","
                + "\"message\":{\"message_id\":7,\"date\":1764230000,\"chat\":{\"id\":" + chat
                + ",\"type\":\"private\"},\"text\":\"menu\"}}}";
    }

    @Test
    void unsigned_or_forged_updates_are_refused_and_reach_nothing() throws Exception {
        assertThat(push(text(4302, "xin chào"), null)).isEqualTo(401);
        assertThat(push(text(4302, "xin chào"), "not-the-secret-at-all")).isEqualTo(403);
        assertThat(push(text(4302, "trợ giúp"), SECRET)).isEqualTo(200);
        Eventually.until("the signed update's answer", () -> !FAKE.telegramSent(4302).isEmpty());
        Thread.sleep(200);
        assertThat(FAKE.telegramSent(4302)).hasSize(1);
        assertThat(sent(4302, 0).path("text").asText()).contains("Tôi có thể");
    }

    @Test
    void a_redelivered_update_is_answered_once() throws Exception {
        String update = text(4303, "xin chào");
        assertThat(push(update, SECRET)).isEqualTo(200);
        assertThat(push(update, SECRET)).isEqualTo(200);
        push(text(4303, "trợ giúp"), SECRET);
        Eventually.until("two answers", () -> FAKE.telegramSent(4303).size() >= 2);
        Thread.sleep(200);
        assertThat(FAKE.telegramSent(4303)).hasSize(2);
    }

    @Test
    void what_a_crash_left_unanswered_or_unsent_goes_out_at_start_up() throws Exception {
        Eventually.until("the pending message's answer", () -> !FAKE.telegramSent(4299).isEmpty());
        assertThat(sent(4299, 0).path("text").asText()).contains("Xin chào");
        Eventually.until("the pending reply", () -> !FAKE.telegramSent(4298).isEmpty());
        assertThat(sent(4298, 0).path("text").asText()).isEqualTo("Hồ sơ của bạn đã có kết quả.");
        Eventually.until("the inbox emptied", () -> received.pending().isEmpty());
    }

    @Test
    void with_rate_limits_off_a_fast_sender_and_a_load_test_are_all_answered() throws Exception {
        for (int i = 0; i < 12; i++) {
            push(text(4304, "xin chào"), SECRET);
        }
        // Telegram's pace sends one message a second to a chat: count what is sent plus what waits in the outbox
        Eventually.until("twelve answers sent or queued", () -> FAKE.telegramSent(4304).size() + queuedFor("4304") == 12);
        assertThat(FAKE.telegramSent(4304)).allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain("hơi nhanh"));
        for (int i = 0; i < 50; i++) {
            int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ask"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"xin chào\"}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).isEqualTo(200);
        }
    }

    private long queuedFor(String chat) {
        List<Outbox.OutgoingReply> queued = outbox.all().stream().filter(r -> chat.equals(r.recipient())).toList();
        assertThat(queued).allSatisfy(r -> assertThat(r.reply().text()).doesNotContain("hơi nhanh"));
        return queued.size();
    }
}
