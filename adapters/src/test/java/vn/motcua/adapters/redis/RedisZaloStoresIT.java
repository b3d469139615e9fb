package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.ZaloTokenStore.Tokens;
import vn.motcua.bot.StoreUnavailable;

/**
 * The shared Zalo state beyond the contract: a renewal lock left by a dead instance, a renewal whose
 * lock ran out, restarts with an older configuration, and Redis going away and coming back.
 */
class RedisZaloStoresIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final StringRedisTemplate redis = server.template();
    static final KeySpace keys = new KeySpace("zalo-it:");
    private static final Tokens CONFIGURED = new Tokens("access-1", "refresh-1", null);

    private final AtomicInteger renewals = new AtomicInteger();

    @BeforeEach
    void empty() {
        server.start();
        server.flushAll();
    }

    @AfterEach
    void up() {
        server.start();
    }

    private static RedisZaloTokenStore instance(Duration lockTtl, Duration wait) {
        return new RedisZaloTokenStore(redis, keys, lockTtl, wait);
    }

    private static RedisZaloTokenStore instance() {
        return instance(Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    private Tokens renewed(String n) {
        renewals.incrementAndGet();
        return new Tokens("access-" + n, "refresh-" + n, Instant.now().plus(Duration.ofHours(25)));
    }

    @Test
    void a_lock_left_by_an_instance_that_died_mid_renewal_blocks_the_others_only_until_it_expires() {
        RedisZaloTokenStore store = instance();
        store.adopt(CONFIGURED);
        redis.opsForValue().set(keys.zaloRenewal(), "instance-that-died", Duration.ofMillis(700));

        Tokens tokens = store.renew("access-1", stale -> {
            assertThat(redis.opsForValue().get(keys.zaloRenewal())).as("the dead lock expired first")
                    .isNotEqualTo("instance-that-died");
            assertThat(stale.refreshToken()).isEqualTo("refresh-1");
            return renewed("2");
        });

        assertThat(tokens.accessToken()).isEqualTo("access-2");
        assertThat(renewals).hasValue(1);
        assertThat(redis.hasKey(keys.zaloRenewal())).as("released").isFalse();
    }

    @Test
    void an_instance_that_waited_too_long_gives_up_without_renewing_so_its_send_is_retried_later() {
        RedisZaloTokenStore store = instance(Duration.ofSeconds(30), Duration.ofMillis(300));
        store.adopt(CONFIGURED);
        redis.opsForValue().set(keys.zaloRenewal(), "another-instance", Duration.ofSeconds(30));

        assertThatThrownBy(() -> store.renew("access-1", stale -> renewed("2"))).isInstanceOf(StoreUnavailable.class);
        assertThat(renewals).hasValue(0);
        assertThat(store.current()).contains(CONFIGURED);
    }

    @Test
    void a_renewal_whose_lock_ran_out_does_not_overwrite_the_tokens_written_after_it() {
        RedisZaloTokenStore slow = instance(Duration.ofMillis(200), Duration.ofSeconds(5));
        RedisZaloTokenStore other = instance();
        slow.adopt(CONFIGURED);

        Tokens kept = slow.renew("access-1", stale -> {
            awaitGone(keys.zaloRenewal());
            // meanwhile another instance took the free lock and renewed
            assertThat(other.renew("access-1", s -> renewed("other")).accessToken()).isEqualTo("access-other");
            return renewed("slow");
        });

        assertThat(kept.accessToken()).isEqualTo("access-other");
        assertThat(other.current().map(Tokens::refreshToken)).contains("refresh-other");
    }

    @Test
    void an_instance_restarted_with_an_older_configuration_keeps_the_newer_authorisation() {
        RedisZaloTokenStore first = instance();
        first.adopt(CONFIGURED);
        first.renew("access-1", stale -> renewed("2"));
        assertThat(instance().adopt(CONFIGURED).accessToken()).as("same configuration: renewed tokens kept")
                .isEqualTo("access-2");

        Tokens reauthorised = new Tokens("access-new", "refresh-new", null);
        assertThat(instance().adopt(reauthorised)).as("a fresh authorisation wins").isEqualTo(reauthorised);
        assertThat(instance().adopt(CONFIGURED)).as("an instance still configured with the old one").isEqualTo(reauthorised);
    }

    @Test
    void while_redis_is_down_the_tokens_are_unavailable_and_afterwards_they_are_back() {
        RedisZaloTokenStore store = instance();
        store.adopt(CONFIGURED);
        server.kill();
        assertThatThrownBy(store::current).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> store.adopt(CONFIGURED)).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> store.renew("access-1", stale -> renewed("2"))).isInstanceOf(StoreUnavailable.class);
        assertThat(renewals).hasValue(0);

        server.start(); // empty: the configured tokens are adopted again
        assertThat(eventually(() -> store.adopt(CONFIGURED))).isEqualTo(CONFIGURED);
    }

    @Test
    void tokens_renewed_just_before_redis_went_down_are_written_when_it_is_back() {
        RedisZaloTokenStore store = instance();
        store.adopt(CONFIGURED);
        assertThatThrownBy(() -> store.renew("access-1", stale -> {
            server.kill();
            return renewed("2");
        })).isInstanceOf(StoreUnavailable.class);

        server.start(); // empty
        assertThat(eventually(store::current).map(Tokens::refreshToken)).contains("refresh-2");
        assertThat(instance().current().map(Tokens::refreshToken)).as("in Redis").contains("refresh-2");
    }

    @Test
    void a_message_received_while_redis_is_down_opens_the_window_there_once_it_is_back() {
        RedisZaloReplyWindow window = new RedisZaloReplyWindow(redis, keys, Clock.systemUTC());
        Instant closes = Instant.now().plus(Duration.ofHours(48)).truncatedTo(ChronoUnit.MILLIS);
        server.kill();
        window.openUntil("zu-1", closes);
        assertThat(window.closesFor("zu-1")).as("this instance remembers it").contains(closes);
        assertThatThrownBy(() -> window.closesFor("zu-2")).isInstanceOf(StoreUnavailable.class);

        server.start();
        RedisZaloReplyWindow anotherInstance = new RedisZaloReplyWindow(redis, keys, Clock.systemUTC());
        // written by the first read or write of this instance that reaches Redis again
        assertThat(eventually(() -> {
            window.closesFor("zu-2");
            return anotherInstance.closesFor("zu-1").orElse(null);
        })).as("another instance sees it").isEqualTo(closes);
    }

    private static void awaitGone(String key) {
        eventually(() -> Boolean.TRUE.equals(redis.hasKey(key)) ? null : Boolean.TRUE);
    }

    /** Polls until {@code call} answers (Redis reachable again) and returns non-null, within ten seconds. */
    private static <T> T eventually(Supplier<T> call) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try {
                T value = call.get();
                if (value != null) {
                    return value;
                }
            } catch (StoreUnavailable e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }
}
