package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.MotcuaAssistant;
import vn.motcua.adapters.redis.RedisServer;

/**
 * Two assistants on one Redis, both in Telegram long-polling mode against one fake Bot API: only the
 * holder of the polling lease calls getUpdates; when it stops, the other takes over and answers; when
 * Redis goes away, the poller stops before its lease could have lapsed and resumes when Redis is back;
 * when another holder has the lease, it stops and leaves that lease alone.
 * The instances reach the fake under different loopback addresses (127.0.0.1 and 127.0.0.2), so the
 * fake's Host header tells whose call it was.
 */
class TelegramPollingTurnsIT {
    static final Duration LEASE = Duration.ofSeconds(4);
    static final String A = "127.0.0.1";
    static final String B = "127.0.0.2";
    static final long CHAT = 5301;
    static final String LEASE_KEY = "motcua:lease:telegram-polling";

    @RegisterExtension
    static final RedisServer redis = new RedisServer();
    static final FakeChannelApis FAKE = new FakeChannelApis().start();

    @AfterAll
    static void stopFake() {
        FAKE.stop();
    }

    @Test
    void one_instance_polls_at_a_time_and_the_other_takes_over_when_it_stops() {
        ConfigurableApplicationContext a = start("a", A);
        ConfigurableApplicationContext b = null;
        try {
            Eventually.until("A polls", () -> !polls(A).isEmpty());
            b = start("b", B);
            // renewals keep the turn with A for two lease lifetimes while B stands by
            Instant bStarted = Instant.now();
            Eventually.until("A polls two lease lifetimes after B started", () -> polls(A).stream()
                    .anyMatch(p -> p.getLoggedDate().toInstant().isAfter(bStarted.plus(LEASE.multipliedBy(2)))));
            assertThat(polls(B)).as("getUpdates calls from B while A holds the lease").isEmpty();

            a.close();
            Instant aClosed = Instant.now();
            Eventually.until("B polls", () -> !polls(B).isEmpty());
            System.out.println("B took over " + Duration.between(aClosed,
                    polls(B).get(0).getLoggedDate().toInstant()).toMillis() + " ms after A was closed");
            assertThat(hostsInOrder()).as("who polled, in order: never both at once").matches("A+B+");

            FAKE.pollReturns("turns-takeover", telegramText(9301, CHAT, "xin chào"));
            Eventually.until("B answers chat " + CHAT, () -> !FAKE.telegramSent(CHAT).isEmpty());
            assertThat(FAKE.telegramSent(CHAT)).allMatch(r -> host(r).equals(B));

            redisGoesAwayAndComesBack();
            anotherHolderTakesTheLease();
        } finally {
            a.close();
            if (b != null) {
                b.close();
            }
        }
    }

    /** B alone holds the lease; Redis dies: B polls on within its lease only, and again once Redis is back. */
    private void redisGoesAwayAndComesBack() {
        StringRedisTemplate template = redis.template();
        Instant down = Instant.now();
        long left = template.getExpire(LEASE_KEY, TimeUnit.MILLISECONDS);
        assertThat(left).as("ms left on B's lease").isPositive();
        Instant lapses = down.plusMillis(left);
        redis.kill();

        Eventually.until("well past the moment B's lease would have lapsed",
                () -> Instant.now().isAfter(lapses.plusSeconds(2)));
        List<Instant> pollsDuringOutage = polls(B).stream().map(p -> p.getLoggedDate().toInstant())
                .filter(at -> at.isAfter(down)).toList();
        assertThat(pollsDuringOutage).as("B polls on while its lease holds").isNotEmpty();
        assertThat(pollsDuringOutage).as("B polls after its lease would have lapsed")
                .allMatch(at -> at.isBefore(lapses));

        redis.start();
        Instant back = Instant.now();
        Eventually.until("B polls again once Redis is back",
                () -> polls(B).stream().anyMatch(p -> p.getLoggedDate().toInstant().isAfter(back)));
    }

    /**
     * Someone else holds the lease (as after B stalled past its lease and another instance took it): B
     * stops polling within its lease, and leaves the other's lease alone; once it is free, B polls again.
     */
    private void anotherHolderTakesTheLease() {
        StringRedisTemplate template = redis.template();
        // the test's own client reconnects after the Redis restart in its own time
        Eventually.until("B holds the lease again", () -> {
            try {
                return template.hasKey(LEASE_KEY);
            } catch (RuntimeException e) {
                return false;
            }
        });
        Instant taken = Instant.now();
        template.opsForValue().set(LEASE_KEY, "another-instance", Duration.ofMinutes(1));

        Eventually.until("well past B's lease", () -> Instant.now().isAfter(taken.plus(LEASE).plusSeconds(2)));
        assertThat(polls(B)).as("B polls after it lost the lease")
                .allMatch(p -> p.getLoggedDate().toInstant().isBefore(taken.plus(LEASE)));
        assertThat(template.opsForValue().get(LEASE_KEY)).isEqualTo("another-instance");

        template.delete(LEASE_KEY);
        Instant freed = Instant.now();
        Eventually.until("B polls again once the lease is free",
                () -> polls(B).stream().anyMatch(p -> p.getLoggedDate().toInstant().isAfter(freed)));
    }

    private static ConfigurableApplicationContext start(String name, String host) {
        List<String> properties = List.of(redis.springProperties()[0], redis.springProperties()[1],
                redis.springProperties()[2], "server.port=0",
                "assistant.data-dir=target/test-data/polling-turns-" + name + "-" + System.nanoTime(),
                "spring.application.name=assistant-" + name, "assistant.rate-limits.enabled=false",
                "assistant.channels.telegram.token=" + FakeChannelApis.TELEGRAM_TOKEN,
                "assistant.channels.telegram.api-url=http://" + host + ":" + FAKE.server.port(),
                "assistant.channels.telegram.polling-lease=" + LEASE.toMillis() + "ms");
        // as command-line arguments: they win over application.properties
        return new SpringApplicationBuilder(MotcuaAssistant.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static List<LoggedRequest> polls(String host) {
        return FAKE.telegramCalls("getupdates").stream().filter(r -> host(r).equals(host)).toList();
    }

    /** Every getUpdates call as A or B, in the order the fake received them. */
    private static String hostsInOrder() {
        return FAKE.telegramCalls("getupdates").stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> host(r).equals(A) ? "A" : "B")
                .collect(Collectors.joining());
    }

    private static String host(LoggedRequest request) {
        return request.getHeader("Host").replaceAll(":\\d+$", "");
    }

    private static String telegramText(long updateId, long chat, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1764230000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"An\"},"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"An\"},\"text\":\"" + text + "\"}}";
    }
}
