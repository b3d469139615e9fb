package vn.motcua.adapters.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.adapters.HmacSignature;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.Bookings;

/**
 * A citizen books the postal service through {@code /api/v1/chat}; the order reaches a fake postal
 * partner (WireMock), also after it failed a few times; the post office's signed status update
 * moves the booking on and reaches the citizen on their channel.
 */
@SpringBootTest(properties = {
    "assistant.postal.mode=partner",
    "assistant.postal.partner.customer-code=C0042",
    "assistant.postal.partner.api-key=test-key",
    "assistant.postal.webhook-secret=postal-secret",
    "assistant.postal.outbox.poll-interval=50ms",
    "assistant.postal.outbox.first-retry=50ms",
    "assistant.postal.outbox.max-retry=200ms",
    "assistant.postal.office.name=Bộ phận một cửa xã Thử"})
@AutoConfigureMockMvc
class PostalBookingIT {
    static final WireMockServer POST_OFFICE = new WireMockServer(options().dynamicPort());

    static {
        POST_OFFICE.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("assistant.postal.partner.base-url", POST_OFFICE::baseUrl);
        registry.add("assistant.data-dir", () -> "target/test-data/postal-" + UUID.randomUUID());
    }

    @TestConfiguration
    static class Channels {
        @Bean
        RecordingChannel webChannel() {
            return new RecordingChannel(Channel.WEB);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Bookings bookings;
    @Autowired
    RecordingChannel citizen;

    @AfterAll
    static void stopPostOffice() {
        POST_OFFICE.stop();
    }

    @BeforeEach
    void postOfficeAccepts() {
        POST_OFFICE.resetAll();
        POST_OFFICE.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"00\",\"waybill\":\"EB123456789VN\"}")));
    }

    @Test
    void a_booking_made_in_the_chat_reaches_the_post_office_and_the_citizen_hears_of_it() throws Exception {
        String conversation = "it-" + UUID.randomUUID();
        Booking booking = bookThroughChat(conversation);

        awaitState(booking.reference(), BookingState.SENT_TO_POST_OFFICE);
        POST_OFFICE.verify(1, postRequestedFor(urlEqualTo("/orders"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withHeader("Idempotency-Key", equalTo(booking.reference()))
                .withRequestBody(matchingJsonPath("$.customerCode", equalTo("C0042")))
                .withRequestBody(matchingJsonPath("$.orderNumber", equalTo(booking.reference())))
                .withRequestBody(matchingJsonPath("$.service", equalTo("PICKUP")))
                .withRequestBody(matchingJsonPath("$.codAmount", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.sender.name", equalTo("Nguyễn Văn An")))
                .withRequestBody(matchingJsonPath("$.sender.phone", equalTo("0912345678")))
                .withRequestBody(matchingJsonPath("$.sender.address", equalTo("số 12 ngõ 45 Trần Phú")))
                .withRequestBody(matchingJsonPath("$.sender.commune", equalTo("Phường Hà Đông")))
                .withRequestBody(matchingJsonPath("$.sender.province", equalTo("Thành phố Hà Nội")))
                .withRequestBody(matchingJsonPath("$.receiver.name", equalTo("Bộ phận một cửa xã Thử")))
                .withRequestBody(matchingJsonPath("$.description", containing("Đăng ký khai sinh"))));
        assertThat(bookings.find(booking.reference()).orElseThrow().postalReference()).isEqualTo("EB123456789VN");
        awaitTrue(() -> !citizen.textsTo(conversation).isEmpty());
        assertThat(citizen.textsTo(conversation)).singleElement().asString()
                .contains(booking.reference()).contains("đã được chuyển cho bưu điện");
    }

    @Test
    void a_delivery_names_the_dossier_code_as_the_order_number() throws Exception {
        String conversation = "it-" + UUID.randomUUID();
        chat(conversation, "ship kết quả hồ sơ 000.17.22.H56-210531-0001 về nhà, sđt 0987 654 321")
                .andExpect(jsonPath("$.intent").value("postal_booking"));
        chat(conversation, "Trần Thị Bình");
        chat(conversation, "Khu 3, phường Dĩ An, Bình Dương");
        chat(conversation, "1");
        chat(conversation, "Xác nhận");
        Booking booking = only(conversation);
        awaitState(booking.reference(), BookingState.SENT_TO_POST_OFFICE);
        POST_OFFICE.verify(1, postRequestedFor(urlEqualTo("/orders"))
                .withRequestBody(matchingJsonPath("$.orderNumber", equalTo("000.17.22.H56-210531-0001")))
                .withRequestBody(matchingJsonPath("$.service", equalTo("DELIVERY")))
                .withRequestBody(matchingJsonPath("$.receiver.province", equalTo("Thành phố Hồ Chí Minh"))));
    }

    @Test
    void the_order_arrives_after_the_post_office_failed_a_few_times() throws Exception {
        POST_OFFICE.resetAll();
        String scenario = "outage";
        POST_OFFICE.stubFor(post(urlEqualTo("/orders")).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("down2"));
        POST_OFFICE.stubFor(post(urlEqualTo("/orders")).inScenario(scenario).whenScenarioStateIs("down2")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("down3"));
        POST_OFFICE.stubFor(post(urlEqualTo("/orders")).inScenario(scenario).whenScenarioStateIs("down3")
                .willReturn(aResponse().withFixedDelay(100).withStatus(500)).willSetStateTo("up"));
        POST_OFFICE.stubFor(post(urlEqualTo("/orders")).inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"waybill\":\"EB000000002VN\"}")));

        Booking booking = bookThroughChat("it-" + UUID.randomUUID());

        awaitState(booking.reference(), BookingState.SENT_TO_POST_OFFICE);
        POST_OFFICE.verify(4, postRequestedFor(urlEqualTo("/orders"))
                .withHeader("Idempotency-Key", equalTo(booking.reference())));
        assertThat(bookings.find(booking.reference()).orElseThrow().postalReference()).isEqualTo("EB000000002VN");
    }

    @Test
    void cancelling_midway_books_nothing() throws Exception {
        String conversation = "it-" + UUID.randomUUID();
        chat(conversation, "đặt bưu điện đến nhận hồ sơ tại nhà");
        chat(conversation, "đăng ký khai sinh");
        chat(conversation, "Nguyễn Văn An").andExpect(jsonPath("$.replies[0].text").value(
                org.hamcrest.Matchers.containsString("Số điện thoại")));
        chat(conversation, "hủy").andExpect(jsonPath("$.replies[0].text").value(
                org.hamcrest.Matchers.containsString("Đã hủy")));
        assertThat(bookingsOf(conversation)).isEmpty();
        POST_OFFICE.verify(0, postRequestedFor(urlEqualTo("/orders")));
    }

    @Test
    void confirming_twice_and_at_once_places_one_booking_and_sends_one_order() throws Exception {
        String conversation = "it-" + UUID.randomUUID();
        reachRecap(conversation);
        // on a busy server the three taps may be handled together or one after another: each must name the booking
        List<String> answers = new ArrayList<>();
        ExecutorService taps = Executors.newFixedThreadPool(3);
        try {
            List<Callable<JsonNode>> presses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                presses.add(() -> reply(chat(conversation, "bc:xac-nhan")));
            }
            for (Future<JsonNode> f : taps.invokeAll(presses)) {
                answers.add(f.get().path("replies").get(0).path("text").asText());
            }
        } finally {
            taps.shutdownNow();
        }
        Booking booking = only(conversation);
        assertThat(answers).allSatisfy(text -> assertThat(text).contains(booking.reference()));
        for (int late = 0; late < 2; late++) { // a webhook delivered again, later, and once more
            assertThat(reply(chat(conversation, "bc:xac-nhan")).path("replies").get(0).path("text").asText())
                    .contains(booking.reference());
        }
        assertThat(bookingsOf(conversation)).hasSize(1);
        awaitState(booking.reference(), BookingState.SENT_TO_POST_OFFICE);
        POST_OFFICE.verify(1, postRequestedFor(urlEqualTo("/orders"))
                .withHeader("Idempotency-Key", equalTo(booking.reference())));
    }

    @Test
    void a_signed_status_update_moves_the_booking_and_reaches_the_citizen_once() throws Exception {
        String conversation = "it-" + UUID.randomUUID();
        Booking booking = bookThroughChat(conversation);
        awaitState(booking.reference(), BookingState.SENT_TO_POST_OFFICE);
        awaitTrue(() -> citizen.textsTo(conversation).size() == 1);

        String update = json.writeValueAsString(Map.of("reference", booking.reference(), "status", "collected",
                "note", "Bưu tá Hùng đã nhận"));
        webhook(update, now(), "postal-secret").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("collected")).andExpect(jsonPath("$.changed").value(true));
        webhook(update, now(), "postal-secret").andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(false));

        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.COLLECTED);
        assertThat(citizen.textsTo(conversation)).hasSize(2).last().asString()
                .contains("Bưu điện đã nhận hồ sơ của bạn").contains(booking.reference());
    }

    @Test
    void unsigned_stale_or_unknown_status_updates_are_refused() throws Exception {
        String update = "{\"reference\":\"BC-000000-XXXXX\",\"status\":\"done\"}";
        webhook(update, now(), "wrong-secret").andExpect(status().isUnauthorized());
        webhook(update, String.valueOf(Instant.now().minusSeconds(600).getEpochSecond()), "postal-secret")
                .andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.post("/webhooks/postal").contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isUnauthorized());
        webhook(update, now(), "postal-secret").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("unknown_booking"));
        webhook("{\"reference\":\"BC-1\",\"status\":\"teleported\"}", now(), "postal-secret")
                .andExpect(status().isBadRequest());
    }

    // ---- helpers

    private Booking bookThroughChat(String conversation) throws Exception {
        reachRecap(conversation);
        JsonNode done = reply(chat(conversation, "Xác nhận"));
        assertThat(done.path("replies").get(0).path("text").asText()).contains("Mã đặt dịch vụ: BC-");
        return only(conversation);
    }

    private void reachRecap(String conversation) throws Exception {
        JsonNode kind = reply(chat(conversation, "Tôi muốn đặt bưu chính công ích"));
        assertThat(kind.path("intent").asText()).isEqualTo("postal_booking");
        chat(conversation, option(kind, "Nhận hồ sơ"));
        chat(conversation, "đăng ký khai sinh");
        chat(conversation, "Nguyễn Văn An");
        chat(conversation, "0912 345 678");
        JsonNode windows = reply(chat(conversation, "số 12 ngõ 45 Trần Phú, phường Hà Đông, Hà Nội"));
        JsonNode recap = reply(chat(conversation, windows.path("replies").get(0).path("options").get(0).path("value").asText()));
        String text = recap.path("replies").get(0).path("text").asText();
        assertThat(text).contains("Đăng ký khai sinh").contains("Giấy tờ cần chuẩn bị")
                .contains("số 12 ngõ 45 Trần Phú, Phường Hà Đông, Thành phố Hà Nội").contains("0912 345 678");
    }

    private ResultActions chat(String conversation, String text) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("conversation", conversation, "text", text))))
                .andExpect(status().isOk());
    }

    private JsonNode reply(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String option(JsonNode reply, String label) {
        for (JsonNode o : reply.path("replies").get(0).path("options")) {
            if (o.path("label").asText().contains(label)) {
                return o.path("value").asText();
            }
        }
        throw new AssertionError("no option " + label + " in " + reply);
    }

    private ResultActions webhook(String body, String timestamp, String secret) throws Exception {
        String signature = new HmacSignature(secret, Duration.ofMinutes(5), java.time.Clock.systemUTC())
                .header(timestamp, body.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/postal").contentType(MediaType.APPLICATION_JSON)
                .header("X-Motcua-Timestamp", timestamp).header("X-Motcua-Signature", signature).content(body));
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    private List<Booking> bookingsOf(String conversation) {
        return bookings.list(Set.of()).stream()
                .filter(b -> b.request().citizen().sender().equals(conversation)).toList();
    }

    private Booking only(String conversation) {
        List<Booking> mine = bookingsOf(conversation);
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private void awaitState(String reference, BookingState state) throws InterruptedException {
        awaitTrue(() -> bookings.find(reference).map(b -> b.state() == state).orElse(false));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
