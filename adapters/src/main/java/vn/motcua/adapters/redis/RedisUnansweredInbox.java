package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.inbox.InboxQuestion;
import vn.motcua.bot.inbox.Resolution;
import vn.motcua.bot.inbox.UnansweredInbox;

/**
 * The unanswered inbox shared by every instance: questions by id in a hash, their order in a sorted
 * set, the oldest dropped beyond {@code capacity}. Recording is best effort: while Redis is down the
 * citizen still gets the answer and the question is only logged.
 */
final class RedisUnansweredInbox implements UnansweredInbox {
    private static final Logger log = LoggerFactory.getLogger(RedisUnansweredInbox.class);

    /** KEYS: questions, order, counter. ARGV: id, JSON, capacity. */
    private static final RedisScript<Long> RECORD = RedisScript.of("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
            local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
            if excess > 0 then
              for _, id in ipairs(redis.call('ZRANGE', KEYS[2], 0, excess - 1)) do
                redis.call('HDEL', KEYS[1], id)
              end
              redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
            end
            return 1
            """, Long.class);

    /** KEYS: questions. ARGV: id, JSON read, JSON to write. 1 written, 0 changed meanwhile, -1 gone. */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then return -1 end
            if current ~= ARGV[2] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final int capacity;
    private final ObjectMapper json;

    RedisUnansweredInbox(StringRedisTemplate redis, KeySpace keys, int capacity, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.capacity = capacity;
        this.json = json;
    }

    @Override
    public void record(UnansweredQuestion q) {
        InboxQuestion question = new InboxQuestion(UUID.randomUUID().toString(), q.text(), q.channel(), q.reason(),
                q.bestGuessId(), q.at(), null);
        try {
            redis.execute(RECORD, List.of(keys.inboxQuestions(), keys.inboxOrder(), keys.inboxCounter()),
                    question.id(), write(question), Integer.toString(capacity));
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, unanswered question not kept: {} ({})", q.text(), e.getMessage());
        }
    }

    @Override
    public List<InboxQuestion> all() {
        try {
            List<String> ids = new ArrayList<>(
                    java.util.Objects.requireNonNullElse(redis.opsForZSet().reverseRange(keys.inboxOrder(), 0, -1),
                            java.util.Set.<String>of()));
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Object> values = redis.opsForHash().multiGet(keys.inboxQuestions(), new ArrayList<>(ids));
            List<InboxQuestion> questions = new ArrayList<>();
            for (Object v : values) {
                if (v != null) {
                    questions.add(read((String) v));
                }
            }
            return questions;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("unanswered inbox", e);
        }
    }

    @Override
    public Optional<InboxQuestion> find(String id) {
        try {
            Object v = redis.opsForHash().get(keys.inboxQuestions(), id);
            return v == null ? Optional.empty() : Optional.of(read((String) v));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("unanswered inbox", e);
        }
    }

    @Override
    public boolean resolve(String id, Resolution resolution) {
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                Object current = redis.opsForHash().get(keys.inboxQuestions(), id);
                if (current == null) {
                    return false;
                }
                String resolved = write(read((String) current).resolved(resolution));
                Long result = redis.execute(REPLACE, List.of(keys.inboxQuestions()), id, (String) current, resolved);
                if (result != null && result != 0) {
                    return result == 1;
                }
            }
            throw new IllegalStateException("question " + id + " kept changing while being resolved");
        } catch (DataAccessException e) {
            throw new StoreUnavailable("unanswered inbox", e);
        }
    }

    private String write(InboxQuestion q) {
        try {
            return json.writeValueAsString(q);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("question not serialisable", e);
        }
    }

    private InboxQuestion read(String value) {
        try {
            return json.readValue(value, InboxQuestion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable inbox question in Redis", e);
        }
    }
}
