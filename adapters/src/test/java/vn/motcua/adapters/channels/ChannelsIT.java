package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;

/**
 * Every chat channel through its real webhook or polling loop and its real client library, against
 * local fakes of Telegram, Zalo and Twilio: a question on a channel is answered on that channel, forged
 * calls are refused and reach nothing, redeliveries are answered once, a 429 is waited out.
 * Telegram runs in long-polling mode here; {@link TelegramWebhookIT} covers webhook mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelsIT {
    static final String PUBLIC_URL = "https://motcua.example.vn";
    static final String ZALO_APP = "zalo-app-1";
    static final String ZALO_OA_SECRET = "oa-secret-key";
    static final String TWILIO_TOKEN = "twilio-auth-token";
    static final String FROM = "+15005550006";

    static final FakeChannelApis FAKE = new FakeChannelApis().start();
    static final Path DATA = Path.of("target", "test-data", "channels-" + System.nanoTime());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry p) {
        p.add("assistant.data-dir", DATA::toString);
        p.add("assistant.public-url", () -> PUBLIC_URL);
        p.add("assistant.channels.telegram.token", () -> FakeChannelApis.TELEGRAM_TOKEN);
        p.add("assistant.channels.telegram.api-url", FAKE::url);
        p.add("assistant.channels.zalo.app-id", () -> ZALO_APP);
        p.add("assistant.channels.zalo.oa-secret-key", () -> ZALO_OA_SECRET);
        p.add("assistant.channels.zalo.app-secret", () -> "zalo-app-secret");
        p.add("assistant.channels.zalo.access-token", () -> FakeChannelApis.ZALO_OLD_TOKEN);
        p.add("assistant.channels.zalo.refresh-token", () -> "refresh-1");
        p.add("assistant.channels.zalo.api-url", FAKE::url);
        p.add("assistant.channels.zalo.oauth-url", FAKE::url);
        p.add("assistant.channels.sms.account-sid", () -> FakeChannelApis.TWILIO_SID);
        p.add("assistant.channels.sms.auth-token", () -> TWILIO_TOKEN);
        p.add("assistant.channels.sms.from-number", () -> FROM);
        p.add("assistant.channels.sms.api-url", FAKE::url);
    }

    @AfterAll
    static void stopFakes() {
        FAKE.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Assistant assistant;
    @Autowired
    List<OutboundChannel> outbound;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** What the assistant answers to a fresh conversation, to compare a channel's answer with. */
    private String expectedAnswer(String question) {
        return assistant.handle(InboundMessage.text(Channel.WEB, "expected-" + System.nanoTime(), question))
                .replies().get(0).text();
    }

    // ---------------------------------------------------------------- Telegram (long polling)

    /** telegrambots drops updates older than the last it received: every update here is newer than the one before. */
    private static final java.util.concurrent.atomic.AtomicLong UPDATE_IDS = new java.util.concurrent.atomic.AtomicLong(1000);

    static String telegramText(long chat, String text) {
        return telegramText(UPDATE_IDS.incrementAndGet(), chat, text);
    }

    static String telegramText(long updateId, long chat, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1764230000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"An\"},"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"An\"},\"text\":\"" + text + "\"}}";
    }

    private JsonNode body(LoggedRequest request) throws Exception {
        return json.readTree(request.getBodyAsString());
    }

    @Test
    void a_question_polled_from_telegram_is_answered_on_telegram_as_html_with_buttons() throws Exception {
        FAKE.pollReturns("tg-question", telegramText(4201, "lệ phí đăng ký kết hôn"));
        Eventually.until("an answer to chat 4201", () -> !FAKE.telegramSent(4201).isEmpty());

        JsonNode sent = body(FAKE.telegramSent(4201).get(0));
        assertThat(sent.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        String expected = expectedAnswer("lệ phí đăng ký kết hôn");
        assertThat(sent.path("text").asText()).startsWith(expected.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;"));
        assertThat(sent.path("reply_markup").path("inline_keyboard")).isNotEmpty();
        assertThat(sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText())
                .isNotBlank();
    }

    @Test
    void an_update_polled_again_is_answered_once() throws Exception {
        String greeting = telegramText(4202, "xin chào");
        FAKE.pollReturns("tg-dup", greeting + "," + greeting + "," + telegramText(4202, "trợ giúp"));
        Eventually.until("two answers to chat 4202", () -> FAKE.telegramSent(4202).size() >= 2);
        Thread.sleep(300); // a third would come right behind the second: same lane, same order
        List<LoggedRequest> sent = FAKE.telegramSent(4202);
        assertThat(sent).hasSize(2);
        assertThat(body(sent.get(1)).path("text").asText()).contains("Tôi có thể");
    }

    @Test
    void a_429_from_telegram_is_retried_no_sooner_than_retry_after() {
        FAKE.telegramThrottlesOnce(4203, 1);
        FAKE.pollReturns("tg-429", telegramText(4203, "xin chào"));
        Eventually.until("the retried send to chat 4203", () -> FAKE.telegramSent(4203).size() >= 2);
        List<LoggedRequest> sent = FAKE.telegramSent(4203);
        long gap = sent.get(1).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime();
        assertThat(gap).as("ms between the 429 and the retry").isGreaterThanOrEqualTo(950);
    }

    // ---------------------------------------------------------------- Zalo OA

    static String zaloText(String user, String msgId, String text, String timestamp) {
        return "{\"app_id\":\"" + ZALO_APP + "\",\"user_id_by_app\":\"x\",\"event_name\":\"user_send_text\","
                + "\"timestamp\":\"" + timestamp + "\",\"sender\":{\"id\":\"" + user + "\"},\"recipient\":{\"id\":\"oa-1\"},"
                + "\"message\":{\"msg_id\":\"" + msgId + "\",\"text\":\"" + text + "\"}}";
    }

    private HttpResponse<String> postZalo(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/zalo"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-ZEvent-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSignedZalo(String user, String msgId, String text) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String body = zaloText(user, msgId, text, timestamp);
        return postZalo(body, Signatures.zalo(ZALO_APP, body, timestamp, ZALO_OA_SECRET));
    }

    @Test
    void a_question_on_zalo_is_answered_on_zalo_after_renewing_the_expired_token() throws Exception {
        assertThat(postSignedZalo("zu-1", "zm-1", "đăng ký khai sinh cần giấy tờ gì").statusCode()).isEqualTo(200);
        Eventually.until("an answer to Zalo user zu-1", () -> !FAKE.zaloSent("zu-1").isEmpty());

        String text = body(FAKE.zaloSent("zu-1").get(0)).path("message").path("text").asText();
        assertThat(text).startsWith(expectedAnswer("đăng ký khai sinh cần giấy tờ gì")).contains("\n1. ");
        assertThat(FAKE.zaloRefreshes()).hasSize(1);
        assertThat(FAKE.zaloRefreshes().get(0).getBodyAsString()).contains("app_id=" + ZALO_APP)
                .contains("grant_type=refresh_token");
        assertThat(Files.readString(DATA.resolve("channels/zalo-tokens.json")))
                .as("the new single-use refresh token is kept").contains("refresh-2");
    }

    @Test
    void forged_or_unsigned_zalo_calls_are_refused_and_reach_nothing() throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String body = zaloText("zu-forged", "zm-f1", "xin chào", timestamp);
        assertThat(postZalo(body, null).statusCode()).isEqualTo(401);
        assertThat(postZalo(body, Signatures.zalo(ZALO_APP, body, timestamp, "wrong-secret")).statusCode()).isEqualTo(403);
        String otherApp = body.replace(ZALO_APP, "other-app");
        assertThat(postZalo(otherApp, Signatures.zalo("other-app", otherApp, timestamp, ZALO_OA_SECRET)).statusCode())
                .isEqualTo(403);
        String tampered = body.replace("xin chào", "trợ giúp");
        assertThat(postZalo(tampered, Signatures.zalo(ZALO_APP, body, timestamp, ZALO_OA_SECRET)).statusCode())
                .isEqualTo(403);

        assertThat(postSignedZalo("zu-forged", "zm-f2", "trợ giúp").statusCode()).isEqualTo(200);
        Eventually.until("the signed message's answer", () -> !FAKE.zaloSent("zu-forged").isEmpty());
        Thread.sleep(200);
        assertThat(FAKE.zaloSent("zu-forged")).hasSize(1);
    }

    @Test
    void a_zalo_retry_with_the_same_msg_id_is_answered_once() throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String body = zaloText("zu-dup", "zm-d1", "xin chào", timestamp);
        String signature = Signatures.zalo(ZALO_APP, body, timestamp, ZALO_OA_SECRET);
        assertThat(postZalo(body, signature).statusCode()).isEqualTo(200);
        assertThat(postZalo(body, signature).statusCode()).isEqualTo(200);
        postSignedZalo("zu-dup", "zm-d2", "trợ giúp");
        Eventually.until("two answers to zu-dup", () -> FAKE.zaloSent("zu-dup").size() >= 2);
        Thread.sleep(200);
        assertThat(FAKE.zaloSent("zu-dup")).hasSize(2);
    }

    @Test
    void outside_the_free_reply_window_zalo_sends_nothing() throws Exception {
        postSignedZalo("zu-window", "zm-w1", "xin chào");
        Eventually.until("the greeting to zu-window", () -> !FAKE.zaloSent("zu-window").isEmpty());
        OutboundChannel zalo = outbound.stream().filter(c -> c.channel() == Channel.ZALO).findFirst().orElseThrow();
        zalo.send("zu-stranger", List.of(Reply.text("Hồ sơ của bạn đã có kết quả.")));
        zalo.send("zu-window", List.of(Reply.text("Hồ sơ của bạn đã có kết quả.")));
        Eventually.until("the notification to zu-window", () -> FAKE.zaloSent("zu-window").size() >= 2);
        assertThat(FAKE.zaloSent("zu-stranger")).isEmpty();
    }

    @Test
    void a_long_zalo_answer_arrives_whole_as_several_messages_in_order_with_its_source_last() throws Exception {
        postSignedZalo("zu-long", "zm-l1", "xin chào");
        Eventually.until("the greeting to zu-long", () -> !FAKE.zaloSent("zu-long").isEmpty());
        StringBuilder answer = new StringBuilder();
        for (int step = 1; answer.length() < 4900; step++) {
            answer.append("Bước ").append(step).append(": nộp tờ khai tại Ủy ban nhân dân cấp xã nơi cư trú, ")
                    .append("kèm giấy chứng sinh và giấy tờ tùy thân của người đi đăng ký.\n\n");
        }
        String source = "Nguồn: Cổng Dịch vụ công quốc gia, https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh"
                + "-chi-tiet.html?ma_thu_tuc=1.001193";
        String text = answer.append(source).toString();
        assertThat(text.length()).isGreaterThanOrEqualTo(5000);
        OutboundChannel zalo = outbound.stream().filter(c -> c.channel() == Channel.ZALO).findFirst().orElseThrow();
        zalo.send("zu-long", List.of(Reply.withOptions(text, List.of(new Reply.Option("Lệ phí", "lệ phí")))));

        Eventually.until("the long answer's last part", () -> FAKE.zaloSent("zu-long").stream()
                .anyMatch(r -> r.getBodyAsString().contains("ma_thu_tuc=1.001193")));
        List<String> parts = new java.util.ArrayList<>();
        for (LoggedRequest sent : FAKE.zaloSent("zu-long")) { // in the order the fake received them
            String part = body(sent).path("message").path("text").asText();
            if (part.startsWith("Bước ") || part.startsWith("Nguồn: ")) {
                parts.add(part);
            }
        }
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2000));
        assertThat(parts.subList(0, parts.size() - 1)).noneSatisfy(part -> assertThat(part).contains("Nhắn số"));
        String last = parts.get(parts.size() - 1);
        assertThat(last).contains(source + "\n\n1. Lệ phí");
        assertThat(String.join("\n\n", parts)).startsWith(text);
    }

    // ---------------------------------------------------------------- SMS (Twilio)

    private HttpResponse<String> postTwilio(String path, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> sms(String sid, String from, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", FakeChannelApis.TWILIO_SID);
        form.put("From", from);
        form.put("To", FROM);
        form.put("Body", text);
        form.put("NumSegments", "1");
        return form;
    }

    private HttpResponse<String> postSignedSms(String sid, String from, String text) throws Exception {
        Map<String, String> form = sms(sid, from, text);
        return postTwilio("/webhooks/sms", form, Signatures.twilio(TWILIO_TOKEN, PUBLIC_URL + "/webhooks/sms", form));
    }

    private List<String> smsTexts(String phone) {
        return FAKE.smsSent(phone).stream().map(r -> formValue(r.getBodyAsString(), "Body")).toList();
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void a_question_by_sms_is_answered_by_sms_short_and_unaccented() throws Exception {
        HttpResponse<String> response = postSignedSms("SM" + "1".repeat(32), "+84901000001", "le phi dang ky ket hon");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<Response");
        Eventually.until("an SMS to +84901000001", () -> !FAKE.smsSent("+84901000001").isEmpty());

        LoggedRequest sent = FAKE.smsSent("+84901000001").get(0);
        assertThat(formValue(sent.getBodyAsString(), "From")).isEqualTo(FROM);
        assertThat(formValue(sent.getBodyAsString(), "StatusCallback")).isEqualTo(PUBLIC_URL + "/webhooks/sms/status");
        String text = smsTexts("+84901000001").get(0);
        assertThat(text).matches("\\A[\\x00-\\x7F]*\\z");
        assertThat(vn.motcua.bot.rendering.SmsText.segments(text)).isLessThanOrEqualTo(3);
        String expected = vn.motcua.bot.rendering.Unaccented.of(expectedAnswer("le phi dang ky ket hon"));
        assertThat(text).startsWith(expected.substring(0, Math.min(40, expected.length())));
    }

    @Test
    void forged_or_unsigned_sms_webhooks_are_refused_and_reach_nothing() throws Exception {
        Map<String, String> form = sms("SM" + "2".repeat(32), "+84901000002", "xin chao");
        assertThat(postTwilio("/webhooks/sms", form, null).statusCode()).isEqualTo(401);
        assertThat(postTwilio("/webhooks/sms", form, Signatures.twilio("wrong-token", PUBLIC_URL + "/webhooks/sms", form))
                .statusCode()).isEqualTo(403);
        assertThat(postTwilio("/webhooks/sms", form, Signatures.twilio(TWILIO_TOKEN, "https://elsewhere.example/webhooks/sms", form))
                .statusCode()).as("signed for another URL").isEqualTo(403);
        Map<String, String> status = Map.of("MessageSid", "SM" + "9".repeat(32), "MessageStatus", "delivered");
        assertThat(postTwilio("/webhooks/sms/status", status, "forged").statusCode()).isEqualTo(403);

        postSignedSms("SM" + "3".repeat(32), "+84901000002", "TRO GIUP");
        Eventually.until("the answer to the signed SMS", () -> !FAKE.smsSent("+84901000002").isEmpty());
        Thread.sleep(200);
        assertThat(smsTexts("+84901000002")).singleElement().asString().contains("Toi co the");
    }

    @Test
    void a_twilio_retry_with_the_same_message_sid_is_answered_once() throws Exception {
        String sid = "SM" + "4".repeat(32);
        assertThat(postSignedSms(sid, "+84901000003", "xin chao").statusCode()).isEqualTo(200);
        assertThat(postSignedSms(sid, "+84901000003", "xin chao").statusCode()).isEqualTo(200);
        postSignedSms("SM" + "5".repeat(32), "+84901000003", "HUY");
        Eventually.until("two SMS to +84901000003", () -> FAKE.smsSent("+84901000003").size() >= 2);
        Thread.sleep(200);
        assertThat(smsTexts("+84901000003")).hasSize(2).last().asString().contains("khong co thao tac nao");
    }

    @Test
    void delivery_statuses_signed_by_twilio_are_recorded() throws Exception {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("MessageSid", "SM" + "6".repeat(32));
        status.put("MessageStatus", "undelivered");
        status.put("ErrorCode", "30003");
        status.put("To", "+84901000004");
        assertThat(postTwilio("/webhooks/sms/status", status,
                Signatures.twilio(TWILIO_TOKEN, PUBLIC_URL + "/webhooks/sms/status", status)).statusCode()).isEqualTo(204);
    }

    @Test
    void a_flooding_sms_sender_is_asked_once_to_slow_down_and_others_are_served() throws Exception {
        for (int i = 0; i < 12; i++) {
            postSignedSms("SM" + String.format("%032d", 700 + i), "+84901000005", "xin chao");
        }
        postSignedSms("SM" + String.format("%032d", 800), "+84901000006", "xin chao");
        Eventually.until("the other sender's answer", () -> !FAKE.smsSent("+84901000006").isEmpty());
        Eventually.until("the flooder's answers", () -> FAKE.smsSent("+84901000005").size() >= 9);
        Thread.sleep(300);
        List<String> texts = smsTexts("+84901000005");
        assertThat(texts).hasSize(9);
        assertThat(texts).filteredOn(t -> t.contains("hoi nhanh")).hasSize(1);
    }

    // ---------------------------------------------------------------- shared

    @Test
    void every_configured_channel_offers_an_outbound_channel() {
        assertThat(outbound).extracting(OutboundChannel::channel)
                .contains(Channel.TELEGRAM, Channel.ZALO, Channel.SMS);
    }

    @Test
    void a_client_hammering_the_ask_api_gets_429_with_a_json_error() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 200 && (last == null || last.statusCode() != 429); i++) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ask"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"xin chào\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(json.readTree(last.body()).path("error").asText()).isEqualTo("rate_limited");
    }
}
