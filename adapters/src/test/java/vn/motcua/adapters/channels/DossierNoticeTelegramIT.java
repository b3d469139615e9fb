package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end: the one-stop system pushes a dossier over HTTP, a citizen opens it and follows it in
 * Telegram (webhook updates in, the real telegrambots client out to the fake Bot API), and a status
 * change pushed twice reaches that chat exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierNoticeTelegramIT {
    static final String WEBHOOK_SECRET = "webhook-secret-dossier-0123";
    static final String PUSH_SECRET = "push-secret-dossier";
    static final String CODE = "000.00.21.H42-251103-0777";
    static final long CHAT = 4701;

    static final FakeChannelApis FAKE = new FakeChannelApis().start();
    static final AtomicLong UPDATE_IDS = new AtomicLong(47_000);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry p) {
        p.add("assistant.data-dir", () -> Path.of("target", "test-data", "dossier-telegram-" + System.nanoTime()).toString());
        p.add("assistant.public-url", () -> "https://motcua.example.vn");
        p.add("assistant.onestop.push-secret", () -> PUSH_SECRET);
        p.add("assistant.channels.telegram.token", () -> FakeChannelApis.TELEGRAM_TOKEN);
        p.add("assistant.channels.telegram.api-url", FAKE::url);
        p.add("assistant.channels.telegram.mode", () -> "webhook");
        p.add("assistant.channels.telegram.webhook-secret", () -> WEBHOOK_SECRET);
    }

    @AfterAll
    static void stopFakes() {
        FAKE.stop();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_status_change_reaches_the_following_chat_once_even_when_pushed_twice() throws Exception {
        assertThat(pushDossier(4)).isEqualTo(200);

        telegram(ChannelsIT.telegramText(UPDATE_IDS.incrementAndGet(), CHAT, "tra cứu hồ sơ " + CODE));
        JsonNode askFactor = sentMessage(0);
        assertThat(askFactor.path("text").asText()).contains("4 số cuối");

        telegram(ChannelsIT.telegramText(UPDATE_IDS.incrementAndGet(), CHAT, "4321"));
        JsonNode status = sentMessage(1);
        assertThat(status.path("text").asText()).contains("Đang xử lý");
        String follow = buttonData(status, "Báo tôi");

        telegram(press(follow));
        assertThat(sentMessage(2).path("text").asText()).contains("Đã đăng ký theo dõi");

        assertThat(pushDossier(9)).isEqualTo(200);
        assertThat(pushDossier(9)).isEqualTo(200);
        JsonNode notice = sentMessage(3);
        assertThat(notice.path("text").asText()).contains(CODE).contains("Đã xử lý xong");
        // Telegram is paced at about one message a second per chat: give a second notice time to show up
        Thread.sleep(2500);
        assertThat(FAKE.telegramSent(CHAT)).hasSize(4);
    }

    private int pushDossier(int status) throws Exception {
        byte[] body = json.writeValueAsBytes(java.util.Map.of("status", status, "procedure", "ho-tich.khai-sinh",
                "applicantPhone", "0987654321", "receivedAt", "2026-11-03T08:30:00+07:00", "dueAt", "2026-12-20"));
        String ts = Long.toString(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PUSH_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((ts + ".").getBytes(StandardCharsets.UTF_8));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/" + CODE))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .header("X-Motcua-Timestamp", ts).header("X-Motcua-Signature", signature)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void telegram(String update) throws Exception {
        int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(200);
    }

    private String press(String data) throws Exception {
        long id = UPDATE_IDS.incrementAndGet();
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb-" + id + "\","
                + "\"from\":{\"id\":" + CHAT + ",\"is_bot\":false,\"first_name\":\"An\"},\"chat_instance\":\"ci\","
                + "\"data\":" + json.writeValueAsString(data) + ","
                + "\"message\":{\"message_id\":7,\"date\":1764230000,\"chat\":{\"id\":" + CHAT
                + ",\"type\":\"private\"},\"text\":\"status\"}}}";
    }

    /** The n-th message sent to the chat (0-based), once it has gone out. */
    private JsonNode sentMessage(int n) throws Exception {
        Eventually.until("message " + (n + 1) + " to the chat", () -> FAKE.telegramSent(CHAT).size() > n);
        return json.readTree(FAKE.telegramSent(CHAT).get(n).getBodyAsString());
    }

    private static String buttonData(JsonNode message, String label) {
        for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().contains(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + message);
    }
}
