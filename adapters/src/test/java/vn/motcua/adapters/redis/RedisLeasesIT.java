package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.Leases;
import vn.motcua.bot.StoreUnavailable;

/**
 * The lease contract on a real redis-server: one holder at a time, kept by renewing, passed on when it
 * lapses or is released, and never renewed or released by a holder that lost it. (The in-process
 * implementation grants everything: one instance has nobody to share with.)
 */
class RedisLeasesIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final StringRedisTemplate redis = server.template();
    static final KeySpace keys = new KeySpace("leases:");
    static final Duration SHORT = Duration.ofMillis(300);
    static final Duration LONG = Duration.ofMinutes(1);

    final Leases leases = new RedisLeases(redis, keys);

    @BeforeEach
    void empty() {
        server.flushAll();
    }

    @Test
    void of_two_holders_only_one_is_granted() {
        assertThat(leases.acquire("poll", "a", LONG)).isTrue();
        assertThat(leases.acquire("poll", "b", LONG)).isFalse();
        assertThat(leases.renew("poll", "b", LONG)).isFalse();
        // the holder asking again keeps it; another name is another lease
        assertThat(leases.acquire("poll", "a", LONG)).isTrue();
        assertThat(leases.acquire("other", "b", LONG)).isTrue();
        assertThat(redis.opsForValue().get("leases:lease:poll")).isEqualTo("a");
    }

    @Test
    void renewing_keeps_the_lease_past_its_first_lifetime() {
        assertThat(leases.acquire("poll", "a", SHORT)).isTrue();
        assertThat(leases.acquire("control", "a", SHORT)).isTrue();
        assertThat(leases.renew("poll", "a", LONG)).isTrue();

        // taken at the same time with the same lifetime, never renewed: once it lapsed, so would have "poll"
        eventually("the control lease lapses", () -> leases.acquire("control", "b", LONG));
        assertThat(leases.acquire("poll", "b", LONG)).isFalse();
        assertThat(leases.renew("poll", "a", LONG)).isTrue();
    }

    @Test
    void a_lapsed_lease_goes_to_the_other_holder() {
        assertThat(leases.acquire("poll", "a", SHORT)).isTrue();
        assertThat(leases.acquire("poll", "b", LONG)).isFalse();
        eventually("b takes the lapsed lease", () -> leases.acquire("poll", "b", LONG));
    }

    @Test
    void a_holder_that_lost_the_lease_can_neither_renew_nor_release_it() {
        assertThat(leases.acquire("poll", "a", SHORT)).isTrue();
        eventually("b takes the lapsed lease", () -> leases.acquire("poll", "b", LONG));

        assertThat(leases.renew("poll", "a", LONG)).isFalse();
        leases.release("poll", "a");
        assertThat(leases.acquire("poll", "a", LONG)).isFalse();
        assertThat(leases.renew("poll", "b", LONG)).isTrue();
        assertThat(redis.opsForValue().get("leases:lease:poll")).isEqualTo("b");
    }

    @Test
    void a_released_lease_is_free_at_once() {
        assertThat(leases.acquire("poll", "a", LONG)).isTrue();
        leases.release("poll", "a");
        assertThat(leases.renew("poll", "a", LONG)).isFalse();
        assertThat(leases.acquire("poll", "b", LONG)).isTrue();
    }

    @Test
    void renewing_sets_the_lifetime_from_now() {
        assertThat(leases.acquire("poll", "a", LONG)).isTrue();
        assertThat(leases.renew("poll", "a", SHORT)).isTrue();
        assertThat(redis.getExpire("leases:lease:poll", java.util.concurrent.TimeUnit.MILLISECONDS))
                .isBetween(1L, SHORT.toMillis());
    }

    @Test
    void redis_down_is_a_store_outage_not_a_refusal() {
        server.kill();
        try {
            assertThatThrownBy(() -> leases.acquire("poll", "a", LONG)).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> leases.renew("poll", "a", LONG)).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> leases.release("poll", "a")).isInstanceOf(StoreUnavailable.class);
        } finally {
            server.start();
        }
        eventually("the client reconnects", () -> {
            try {
                return leases.acquire("poll", "a", LONG);
            } catch (StoreUnavailable e) {
                return false;
            }
        });
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
