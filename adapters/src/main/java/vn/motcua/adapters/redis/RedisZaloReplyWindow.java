package vn.motcua.adapters.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.bot.StoreUnavailable;

/**
 * Reply windows shared by every instance: one key per citizen holding when the window closes, expiring
 * then. A citizen's message received while Redis is down is kept in this process and written once Redis
 * is back, so that its reply (sent by this instance) and later notices (sent by any) are not dropped.
 */
final class RedisZaloReplyWindow implements ZaloReplyWindow {
    private static final Logger log = LoggerFactory.getLogger(RedisZaloReplyWindow.class);
    /** Messages received during an outage that are remembered at most; the oldest are forgotten first. */
    private static final int UNSAVED_LIMIT = 10_000;

    /** KEYS: window. ARGV: closes (ms), time to live (ms). Never shortens an open window. */
    private static final RedisScript<Long> OPEN = RedisScript.of("""
            local known = redis.call('GET', KEYS[1])
            if known and tonumber(known) >= tonumber(ARGV[1]) then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Clock clock;
    private final Map<String, Instant> unsaved = new LinkedHashMap<>();

    RedisZaloReplyWindow(StringRedisTemplate redis, KeySpace keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public void openUntil(String userId, Instant closes) {
        try {
            write(userId, closes);
        } catch (DataAccessException e) {
            keepUnsaved(userId, closes);
            log.warn("Zalo reply window of {} kept in this process until Redis is back: {}", userId, e.getMessage());
            return;
        }
        writeUnsaved(userId);
    }

    @Override
    public Optional<Instant> closesFor(String userId) {
        Optional<Instant> local = writeUnsaved(userId);
        try {
            String closes = redis.opsForValue().get(keys.zaloReplyWindow(userId));
            Optional<Instant> shared = Optional.ofNullable(closes).map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)));
            return later(shared, local);
        } catch (DataAccessException e) {
            if (local.isPresent()) {
                return local;
            }
            throw new StoreUnavailable("the Zalo reply window", e);
        }
    }

    private void write(String userId, Instant closes) {
        long ttl = closes.toEpochMilli() - clock.millis();
        if (ttl > 0) {
            redis.execute(OPEN, List.of(keys.zaloReplyWindow(userId)), Long.toString(closes.toEpochMilli()),
                    Long.toString(ttl));
        }
    }

    private synchronized void keepUnsaved(String userId, Instant closes) {
        Instant known = unsaved.remove(userId);
        unsaved.put(userId, known != null && known.isAfter(closes) ? known : closes);
        if (unsaved.size() > UNSAVED_LIMIT) {
            unsaved.remove(unsaved.keySet().iterator().next());
        }
    }

    /**
     * Writes what an outage kept back (on each read and write that reaches Redis, so that the other instances
     * soon see it); returns this citizen's window if it is still kept back.
     */
    private synchronized Optional<Instant> writeUnsaved(String userId) {
        if (unsaved.isEmpty()) {
            return Optional.empty();
        }
        var pending = unsaved.entrySet().iterator();
        try {
            while (pending.hasNext()) {
                var entry = pending.next();
                write(entry.getKey(), entry.getValue());
                pending.remove();
            }
        } catch (DataAccessException e) {
            // still down: try again on the next read
        }
        return Optional.ofNullable(unsaved.get(userId));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }
}
