package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.knowledge.seed.SeedState;

/**
 * The seed state shared by every instance (one JSON string), so seeds are synced once for the
 * installation, not once per instance. Redis down at start-up must not stop an instance: it then reads
 * as "nothing applied yet", which only makes the seed sync compare again, and a save is skipped.
 */
final class RedisSeedState implements SeedState {
    private static final Logger log = LoggerFactory.getLogger(RedisSeedState.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final ObjectMapper json;

    RedisSeedState(StringRedisTemplate redis, KeySpace keys, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public boolean seedsReplaced() {
        return read().seedsReplaced();
    }

    @Override
    public Map<String, String> appliedSeeds() {
        Map<String, String> applied = read().appliedSeeds();
        return applied == null ? Map.of() : applied;
    }

    @Override
    public void save(boolean seedsReplaced, Map<String, String> appliedSeeds) {
        try {
            redis.opsForValue().set(keys.seedState(), json.writeValueAsString(new Document(seedsReplaced, appliedSeeds)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seed state not serialisable", e);
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, seed state not saved (the next start compares again): {}", e.getMessage());
        }
    }

    private Document read() {
        try {
            String stored = redis.opsForValue().get(keys.seedState());
            return stored == null ? Document.EMPTY : json.readValue(stored, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable seed state in Redis", e);
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, seed state read as empty: {}", e.getMessage());
            return Document.EMPTY;
        }
    }

    record Document(boolean seedsReplaced, Map<String, String> appliedSeeds) {
        static final Document EMPTY = new Document(false, Map.of());
    }
}
