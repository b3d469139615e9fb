package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;

/**
 * A record shared by every instance: one Redis list of JSON entries, newest first, trimmed to
 * {@code capacity} (the oldest dropped). Appending is best effort: a record must never fail the action
 * it records, so while Redis is down the entry goes to this instance's log instead.
 */
final class CappedJsonList<T> {
    private static final Logger log = LoggerFactory.getLogger(CappedJsonList.class);

    /** KEYS: the list. ARGV: the entry, the capacity. */
    private static final RedisScript<Long> PUSH = RedisScript.of("""
            redis.call('LPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final int capacity;
    private final Class<T> type;
    private final ObjectMapper json;

    CappedJsonList(StringRedisTemplate redis, String key, int capacity, Class<T> type, ObjectMapper json) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.redis = redis;
        this.key = key;
        this.capacity = capacity;
        this.type = type;
        this.json = json;
    }

    void push(T entry) {
        String value;
        try {
            value = json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record entry not serialisable", e);
        }
        try {
            redis.execute(PUSH, List.of(key), value, Integer.toString(capacity));
        } catch (DataAccessException e) {
            log.error("Redis unavailable, record entry kept in this log only: {} {} ({})", key, value, e.getMessage());
        }
    }

    /** The newest {@code limit} entries, newest first. */
    List<T> newest(int limit) {
        List<String> values;
        try {
            values = redis.opsForList().range(key, 0, limit - 1L);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("record " + key, e);
        }
        List<T> entries = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                entries.add(json.readValue(value, type));
            } catch (JsonProcessingException e) {
                log.warn("Skipping an unreadable entry of {}: {}", key, e.getOriginalMessage());
            }
        }
        return entries;
    }
}
