package vn.motcua.adapters.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.bot.address.AdminUnits;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingKind;
import vn.motcua.bot.postal.BookingNotices;
import vn.motcua.bot.postal.BookingRequest;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.InMemoryBookings;
import vn.motcua.bot.postal.PhoneNumber;
import vn.motcua.bot.postal.PostalAddress;
import vn.motcua.bot.postal.TimeWindow;

/** What must survive a restart: confirmed bookings, and orders the post office has not taken yet. */
class PostalPersistenceTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final WireMockServer postOffice = new WireMockServer(options().dynamicPort());
    @TempDir
    Path dataDir;

    @BeforeEach
    void start() {
        postOffice.start();
    }

    @AfterEach
    void stop() {
        postOffice.stop();
    }

    @Test
    void bookings_written_to_disk_come_back_identical_after_a_restart() {
        AtomicJsonFile<List<Booking>> file = bookingFile();
        InMemoryBookings before = new InMemoryBookings(file.read().orElse(List.of()), all -> file.write(List.copyOf(all)));
        String ref = before.place(request("draft-1"), NOW).booking().reference();
        before.move(ref, new BookingUpdate(BookingState.SENT_TO_POST_OFFICE, "ok", "EB1VN", NOW.plusSeconds(5)));

        InMemoryBookings after = new InMemoryBookings(file.read().orElseThrow(), all -> { });
        assertThat(after.find(ref)).contains(before.find(ref).orElseThrow());
        assertThat(after.place(request("draft-1"), NOW).created()).isFalse();
        assertThat(dataDir.resolve("postal")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void an_order_the_post_office_could_not_take_is_sent_after_a_restart() throws Exception {
        postOffice.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(503)));
        InMemoryBookings bookings = new InMemoryBookings();
        Booking booking = bookings.place(request("draft-2"), NOW).booking();
        Path outboxFile = dataDir.resolve("postal/outbox.json");

        try (PartnerOutbox first = outbox(bookings, Clock.fixed(NOW, ZoneOffset.UTC))) {
            first.handOver(booking);
            Instant deadline = Instant.now().plusSeconds(10);
            while (!(Files.exists(outboxFile) && json.readTree(outboxFile.toFile()).path(0).path("attempts").asInt() == 1)) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(20);
            }
        }
        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.REQUESTED);

        postOffice.resetAll();
        postOffice.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody("{}")));
        try (PartnerOutbox restarted = outbox(bookings, Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC))) {
            assertThat(restarted.waiting()).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
            restarted.sendDue();
            assertThat(restarted.waiting()).isEmpty();
        }
        postOffice.verify(1, postRequestedFor(urlEqualTo("/orders")));
        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.SENT_TO_POST_OFFICE);
        assertThat(json.readTree(outboxFile.toFile())).isEmpty();
    }

    @Test
    void back_off_doubles_up_to_the_maximum() {
        try (PartnerOutbox outbox = outbox(new InMemoryBookings(), Clock.systemUTC())) {
            assertThat(List.of(1, 2, 3, 4, 5, 40)).extracting(outbox::backOff).containsExactly(
                    Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                    Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
    }

    @Test
    void a_refused_order_fails_the_booking_instead_of_retrying_forever() {
        postOffice.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(422).withBody("{\"error\":\"bad phone\"}")));
        InMemoryBookings bookings = new InMemoryBookings();
        Booking booking = bookings.place(request("draft-3"), NOW).booking();
        try (PartnerOutbox outbox = outbox(bookings, Clock.fixed(NOW, ZoneOffset.UTC))) {
            outbox.enqueue(booking);
            outbox.sendDue();
            assertThat(outbox.waiting()).isEmpty();
        }
        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.FAILED);
    }

    /** Partner mode against {@code postOffice}, retries from 100 ms doubling to 1 s. */
    static PostalSettings partnerSettings(String postOffice, Duration connectTimeout, Duration readTimeout) {
        return new PostalSettings(PostalSettings.Mode.PARTNER, "theo bảng giá", "s",
                new PostalSettings.Partner(URI.create(postOffice), "C1", "k", connectTimeout, readTimeout),
                new PostalSettings.Office("Một cửa", "Số 1", "0900000000", "Tỉnh A", "Xã B"),
                new PostalSettings.Outbox(Duration.ofHours(1), Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    static ChangingBookingState changing(Bookings bookings) {
        return new ChangingBookingState(bookings, List.of(), new BookingNotices(new ShopContact("Một cửa", "1900", "Số 1")));
    }

    private PartnerOutbox outbox(InMemoryBookings bookings, Clock clock) {
        PostalSettings settings = partnerSettings(postOffice.baseUrl(), Duration.ofSeconds(10), Duration.ofSeconds(20));
        ChangingBookingState changing = changing(bookings);
        OutboxFile file = new OutboxFile(new AtomicJsonFile<>(dataDir.resolve("postal/outbox.json"), json,
                new TypeReference<>() { }));
        return new PartnerOutbox(SharedWorkQueue.unshared(file, OutboxEntry::reference),
                new PartnerApiClient(settings.partner(), json), bookings, changing, settings, clock);
    }

    private AtomicJsonFile<List<Booking>> bookingFile() {
        return new AtomicJsonFile<>(dataDir.resolve("postal/bookings.json"), json, new TypeReference<>() { });
    }

    static BookingRequest request(String draft) {
        AdminUnits units = AdminUnitsSource.load(Path.of("target/no-such-data-dir"));
        var commune = units.commune("00379").orElseThrow();
        return new BookingRequest(draft, BookingKind.PICKUP, "ho-tich.khai-sinh", "Đăng ký khai sinh", null,
                "Nguyễn Văn An", new PhoneNumber("0912345678"),
                new PostalAddress("8 Láng Hạ", commune, units.province(commune.provinceCode()).orElseThrow()),
                new TimeWindow(LocalDate.of(2026, 11, 30), TimeWindow.Part.AFTERNOON),
                new ConversationKey(Channel.ZALO, "z-1"));
    }
}
