package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.answering.UnansweredQuestions;

/**
 * The unanswered log as a capped Redis list, newest first, shared by every instance. Recording is best
 * effort: while Redis is down the citizen still gets the answer, and the question is only logged.
 */
final class RedisUnansweredQuestions implements UnansweredQuestions {
    private static final Logger log = LoggerFactory.getLogger(RedisUnansweredQuestions.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final int capacity;
    private final ObjectMapper json;

    RedisUnansweredQuestions(StringRedisTemplate redis, KeySpace keys, int capacity, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.capacity = capacity;
        this.json = json;
    }

    @Override
    public void record(UnansweredQuestion question) {
        try {
            String value = json.writeValueAsString(question);
            redis.opsForList().leftPush(keys.unanswered(), value);
            redis.opsForList().trim(keys.unanswered(), 0, capacity - 1L);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("question not serialisable", e);
        } catch (DataAccessException e) {
            log.warn("Redis unavailable, unanswered question not kept: {} ({})", question.text(), e.getMessage());
        }
    }

    /** Newest first. */
    public List<UnansweredQuestion> recent() {
        List<String> stored;
        try {
            stored = redis.opsForList().range(keys.unanswered(), 0, -1);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("unanswered questions", e);
        }
        List<UnansweredQuestion> questions = new ArrayList<>();
        for (String s : stored == null ? List.<String>of() : stored) {
            try {
                questions.add(json.readValue(s, UnansweredQuestion.class));
            } catch (JsonProcessingException e) {
                log.warn("Skipping an unreadable unanswered question: {}", e.getOriginalMessage());
            }
        }
        return questions;
    }
}
