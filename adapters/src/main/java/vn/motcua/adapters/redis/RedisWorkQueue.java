package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.adapters.WorkQueue;

/**
 * One work queue in a Redis hash (id to {@code ordinal:json}; the ordinal, from one counter for all
 * queues, keeps entries in the order they were first queued, also after a queue was adopted into
 * another). While Redis cannot be reached, entries go to the {@code local} queue on disk instead, so
 * whatever was acknowledged is durable somewhere; this instance works on both, and moves its local
 * entries into Redis once Redis answers again ({@link #catchUp()}), so that they too outlive it.
 *
 * <p>An id lives in one place: a put for an id held locally stays local until it is moved. A removal
 * that Redis did not take is remembered (a tombstone) and retried, and the entry is hidden meanwhile,
 * so a reply already sent is not sent again when Redis returns.
 */
final class RedisWorkQueue<T> implements SharedWorkQueue<T> {
    private static final Logger log = LoggerFactory.getLogger(RedisWorkQueue.class);

    /** KEYS: queue, ordinal counter. ARGV: id, JSON, only-if-absent (1/0). 1 written, 0 already there. */
    private static final RedisScript<Long> PUT = RedisScript.of("""
            local old = redis.call('HGET', KEYS[1], ARGV[1])
            local ordinal
            if old then
              if ARGV[3] == '1' then return 0 end
              ordinal = string.sub(old, 1, string.find(old, ':', 1, true) - 1)
            else
              ordinal = redis.call('INCR', KEYS[2])
            end
            redis.call('HSET', KEYS[1], ARGV[1], ordinal .. ':' .. ARGV[2])
            return 1
            """, Long.class);

    /** KEYS: lease. ARGV: owner. Deletes the lease only if this instance still holds it. */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final String name;
    private final String key;
    private final String owner;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final WorkQueue<T> local;
    private final ObjectMapper json;
    /** Ids whose entry is in {@link #local}; guarded by {@link #moving} when it changes. */
    private final Set<String> localIds = ConcurrentHashMap.newKeySet();
    private final Set<String> tombstones = ConcurrentHashMap.newKeySet();
    private final Object moving = new Object();

    RedisWorkQueue(StringRedisTemplate redis, KeySpace keys, String name, String key, String owner, Class<T> type,
                   Function<T, String> idOf, WorkQueue<T> local, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.name = name;
        this.key = key;
        this.owner = owner;
        this.type = type;
        this.idOf = idOf;
        this.local = local;
        this.json = json;
        local.entries().forEach(e -> localIds.add(idOf.apply(e)));
    }

    String key() {
        return key;
    }

    @Override
    public void put(T entry) {
        write(entry, false);
    }

    @Override
    public boolean putIfAbsent(T entry) {
        return write(entry, true);
    }

    private boolean write(T entry, boolean onlyIfAbsent) {
        String id = idOf.apply(entry);
        if (localIds.contains(id)) {
            synchronized (moving) {
                if (localIds.contains(id)) {
                    if (!onlyIfAbsent) {
                        local.put(entry);
                    }
                    return !onlyIfAbsent;
                }
            }
        }
        try {
            return putInRedis(id, entry, onlyIfAbsent);
        } catch (RuntimeException e) {
            // unreachable, timed out, or the connections already closed at shutdown: the disk takes it
            log.warn("Redis unavailable: {} entry {} kept on local disk until it returns ({})", name, id,
                    e.getMessage());
            synchronized (moving) {
                local.put(entry);
                localIds.add(id);
            }
            return true;
        }
    }

    private boolean putInRedis(String id, T entry, boolean onlyIfAbsent) {
        Long written = redis.execute(PUT, List.of(key, keys.queueOrdinal()), id, toJson(entry), onlyIfAbsent ? "1" : "0");
        return written != null && written == 1;
    }

    @Override
    public void remove(String id) {
        synchronized (moving) {
            if (localIds.remove(id)) {
                local.remove(id);
            }
        }
        try {
            redis.opsForHash().delete(key, id);
        } catch (RuntimeException e) {
            // it may be in Redis too (queued before the outage): hide it until Redis takes the removal
            tombstones.add(id);
        }
    }

    @Override
    public List<T> entries() {
        Map<String, T> all = new LinkedHashMap<>();
        try {
            Map<Object, Object> stored = redis.opsForHash().entries(key);
            List<Map.Entry<Object, Object>> inLine = new ArrayList<>(stored.entrySet());
            inLine.sort(Comparator.comparingLong(e -> ordinal((String) e.getValue())));
            for (Map.Entry<Object, Object> e : inLine) {
                String id = (String) e.getKey();
                if (!tombstones.contains(id)) {
                    fromJson(id, (String) e.getValue()).ifPresent(entry -> all.put(id, entry));
                }
            }
        } catch (RuntimeException e) {
            log.debug("Redis unavailable: only the local {} entries are visible", name);
        }
        if (!localIds.isEmpty()) {
            for (T entry : local.entries()) {
                all.put(idOf.apply(entry), entry); // the local copy is the newer one
            }
        }
        return new ArrayList<>(all.values());
    }

    @Override
    public boolean claim(String id, Duration lease) {
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.queueLease(name, id), owner, lease));
        } catch (RuntimeException e) {
            return localIds.contains(id); // a local entry is this instance's alone
        }
    }

    @Override
    public void release(String id) {
        try {
            redis.execute(RELEASE, List.of(keys.queueLease(name, id)), owner);
        } catch (RuntimeException e) {
            log.debug("Redis unavailable: the lease on {} {} runs out by itself", name, id);
        }
    }

    /**
     * Once Redis answers again: applies the removals it missed, then moves the local entries into it.
     * Throws {@link DataAccessException} when Redis is still away.
     */
    void catchUp() {
        for (String id : List.copyOf(tombstones)) {
            redis.opsForHash().delete(key, id);
            tombstones.remove(id);
        }
        if (localIds.isEmpty()) {
            return;
        }
        int moved = 0;
        for (T entry : local.entries()) {
            String id = idOf.apply(entry);
            synchronized (moving) {
                if (localIds.contains(id)) {
                    putInRedis(id, entry, false);
                    localIds.remove(id);
                    local.remove(id);
                    moved++;
                }
            }
        }
        if (moved > 0) {
            log.info("Moved {} {} entries kept on local disk during a Redis outage into Redis", moved, name);
        }
    }

    private static long ordinal(String stored) {
        return Long.parseLong(stored.substring(0, stored.indexOf(':')));
    }

    /** Empty for an entry no version of this code can read (left in Redis for a person to look at). */
    private Optional<T> fromJson(String id, String stored) {
        try {
            return Optional.of(json.readValue(stored.substring(stored.indexOf(':') + 1), type));
        } catch (JsonProcessingException e) {
            log.error("Unreadable {} entry {} in Redis left aside: {}", name, id, e.getMessage());
            return Optional.empty();
        }
    }

    private String toJson(T entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(name + " entry not serialisable", e);
        }
    }
}
