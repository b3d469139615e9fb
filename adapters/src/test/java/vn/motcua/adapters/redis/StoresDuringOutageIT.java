package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.FloodGuard.Admission;

/**
 * What each Redis store does while Redis is down, and that it works again, by itself, once Redis is
 * back: state the core needs fails with {@link StoreUnavailable} (turned into a polite reply), and
 * protective or best-effort state fails open so that citizens are still answered.
 */
class StoresDuringOutageIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final StringRedisTemplate redis = server.template();
    static final KeySpace keys = new KeySpace("outage:");

    private final ConversationKey citizen = new ConversationKey(Channel.ZALO, "u-1");
    private final RedisConversationStore conversations =
            new RedisConversationStore(redis, keys, Duration.ofHours(1), RedisConfiguration.storeJson());
    private final RedisFloodGuard guard = new RedisFloodGuard(redis, keys);
    private final RedisOfferedOptions offers =
            new RedisOfferedOptions(redis, keys, Duration.ofHours(1), Clock.systemUTC(), RedisConfiguration.storeJson());
    private final RedisRedeliveries seen = new RedisRedeliveries(redis, keys, Duration.ofHours(1));
    private final RedisUnansweredInbox unanswered =
            new RedisUnansweredInbox(redis, keys, 100, RedisConfiguration.storeJson());

    @BeforeEach
    void down() {
        server.kill();
    }

    @AfterEach
    void up() {
        server.start();
    }

    @Test
    void dialogue_state_says_it_is_unavailable() {
        assertThatThrownBy(() -> conversations.find(citizen)).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> conversations.save(Conversation.start(citizen))).isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void protective_and_best_effort_state_fails_open() {
        Limit oneOnly = new Limit();
        assertThat(guard.admit("sender", oneOnly.limit, Instant.now())).isEqualTo(Admission.ADMITTED);
        assertThat(guard.admit("sender", oneOnly.limit, Instant.now())).as("no limit while down").isEqualTo(Admission.ADMITTED);

        offers.offer(citizen, List.of(new Option("Lệ phí", "tt:a:fees")));
        assertThat(offers.numbered(citizen, 1)).isEmpty();

        assertThat(seen.firstDelivery("zalo:m1")).isTrue();
        assertThat(seen.firstDelivery("zalo:m1")).as("remembered in this process").isFalse();

        unanswered.record(new UnansweredQuestion("câu hỏi lúc mất kết nối", Channel.WEB, "out_of_scope", null,
                Instant.now()));
    }

    @Test
    void everything_works_again_once_redis_is_back() throws InterruptedException {
        server.start();
        for (int i = 0; i < 100; i++) {
            try {
                conversations.save(Conversation.start(citizen));
                break;
            } catch (StoreUnavailable e) {
                Thread.sleep(50);
            }
        }
        assertThat(conversations.find(citizen)).isPresent();
        Limit oneOnly = new Limit();
        assertThat(guard.admit("sender-2", oneOnly.limit, Instant.now())).isEqualTo(Admission.ADMITTED);
        assertThat(guard.admit("sender-2", oneOnly.limit, Instant.now())).isEqualTo(Admission.SLOW_DOWN);
    }

    /** One message a minute. */
    private static final class Limit {
        final FloodGuard.Limit limit = new FloodGuard.Limit(1, Duration.ofMinutes(1));
    }
}
