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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.adapters.redis.RedisServer;
import vn.motcua.adapters.redis.RedisWorkQueues;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.InMemoryBookings;

/**
 * Several instances share one partner outbox in Redis: every order reaches the post office once, even
 * when both instances know of it, and an instance that dies holding an order only delays it.
 */
class SharedPartnerOutboxIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final WireMockServer postOffice = new WireMockServer(options().dynamicPort());
    /** The bookings every instance sees (in Redis in production). */
    private final InMemoryBookings bookings = new InMemoryBookings();
    private final List<AutoCloseable> opened = new ArrayList<>();
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server.flushAll();
        postOffice.start();
        postOffice.stubFor(post(urlEqualTo("/orders"))
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(100)));
    }

    @AfterEach
    void stop() throws Exception {
        server.start(); // after an outage test
        for (AutoCloseable c : opened) {
            c.close();
        }
        postOffice.stop();
    }

    @Test
    void two_instances_send_every_order_once() throws Exception {
        PartnerOutbox one = instance("one");
        PartnerOutbox two = instance("two");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Booking booking = bookings.place(PostalPersistenceTest.request("draft-" + i), Instant.now()).booking();
            references.add(booking.reference());
            one.enqueue(booking);
            two.enqueue(booking); // as the start-up recovery of another instance would
        }
        assertThat(one.waiting()).hasSize(12);

        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                runs.add(both.submit(one::sendDue));
                runs.add(both.submit(two::sendDue));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            both.shutdownNow();
        }

        List<String> sent = postOffice.findAll(postRequestedFor(urlEqualTo("/orders"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(sent).containsExactlyInAnyOrderElementsOf(references);
        assertThat(references).allSatisfy(ref ->
                assertThat(bookings.find(ref).orElseThrow().state()).isEqualTo(BookingState.SENT_TO_POST_OFFICE));
        assertThat(one.waiting()).isEmpty();
    }

    @Test
    void an_order_held_by_an_instance_that_died_is_sent_by_another_once_its_lease_ends() throws Exception {
        RedisWorkQueues dead = new RedisWorkQueues(server.template(), "postal:", "dead", Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        SharedWorkQueue<OutboxEntry> deadQueue = dead.shared("postal", OutboxEntry.class, OutboxEntry::reference,
                localFile("dead"));
        PartnerOutbox survivor = instance("survivor");
        Booking booking = bookings.place(PostalPersistenceTest.request("draft-held"), Instant.now()).booking();
        survivor.enqueue(booking);
        assertThat(deadQueue.claim(booking.reference(), Duration.ofMillis(700))).isTrue(); // then it died mid-send

        survivor.sendDue();
        assertThat(postOffice.findAll(postRequestedFor(urlEqualTo("/orders")))).as("held by the dead one").isEmpty();

        Instant deadline = Instant.now().plusSeconds(10);
        while (!survivor.waiting().isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            survivor.sendDue();
            Thread.sleep(50);
        }
        postOffice.verify(1, postRequestedFor(urlEqualTo("/orders")));
        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.SENT_TO_POST_OFFICE);
    }

    @Test
    void while_redis_is_down_an_order_waits_on_disk_is_still_sent_and_what_still_waits_moves_back_to_redis()
            throws Exception {
        PartnerOutbox solo = instance("solo");
        opened.stream().filter(RedisWorkQueues.class::isInstance).map(RedisWorkQueues.class::cast)
                .forEach(RedisWorkQueues::start);
        postOffice.stubFor(post(urlEqualTo("/orders")).atPriority(1).willReturn(aResponse().withStatus(503)));
        server.kill();

        Booking booking = bookings.place(PostalPersistenceTest.request("draft-outage"), Instant.now()).booking();
        solo.enqueue(booking);
        assertThat(localFile("solo").entries()).extracting(OutboxEntry::reference).containsExactly(booking.reference());
        solo.sendDue(); // the post office is down too: the retry is written to the disk as well
        assertThat(localFile("solo").entries()).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));

        server.start();
        Instant deadline = Instant.now().plusSeconds(15);
        while (!localFile("solo").entries().isEmpty()) {
            assertThat(Instant.now()).as("moved into Redis after its return").isBefore(deadline);
            Thread.sleep(50);
        }
        PartnerOutbox other = instance("other"); // sees it: the order is in Redis now, not on solo's disk
        assertThat(other.waiting()).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));

        postOffice.resetAll();
        postOffice.stubFor(post(urlEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody("{}")));
        while (!other.waiting().isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline.plusSeconds(15));
            other.sendDue();
            solo.sendDue();
            Thread.sleep(50);
        }
        assertThat(postOffice.findAll(postRequestedFor(urlEqualTo("/orders")))).hasSize(1);
        assertThat(bookings.find(booking.reference()).orElseThrow().state()).isEqualTo(BookingState.SENT_TO_POST_OFFICE);
    }

    /** An instance's partner outbox on the shared queue (its sender thread not started: the test drives it). */
    private PartnerOutbox instance(String id) {
        RedisWorkQueues queues = new RedisWorkQueues(server.template(), "postal:", id, Duration.ofMillis(50),
                Duration.ofSeconds(30));
        PostalSettings settings = PostalPersistenceTest.partnerSettings(postOffice.baseUrl(), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        PartnerOutbox outbox = new PartnerOutbox(
                queues.shared("postal", OutboxEntry.class, OutboxEntry::reference, localFile(id)),
                new PartnerApiClient(settings.partner(), json), bookings, PostalPersistenceTest.changing(bookings),
                settings, Clock.systemUTC());
        opened.add(outbox);
        opened.add(queues);
        return outbox;
    }

    private OutboxFile localFile(String id) {
        return new OutboxFile(new AtomicJsonFile<>(dir.resolve(id + "/outbox.json"), json, new TypeReference<>() { }));
    }
}
