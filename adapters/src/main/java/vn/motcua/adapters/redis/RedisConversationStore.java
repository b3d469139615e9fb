package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.message.ConversationKey;

/** Conversations as JSON strings that Redis expires after {@code timeToLive} without a message. */
final class RedisConversationStore implements ConversationStore {
    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Duration timeToLive;
    private final ObjectMapper json;

    RedisConversationStore(StringRedisTemplate redis, KeySpace keys, Duration timeToLive, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.timeToLive = timeToLive;
        this.json = json;
    }

    @Override
    public Optional<Conversation> find(ConversationKey key) {
        String stored;
        try {
            stored = redis.opsForValue().get(keys.conversation(key));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("conversation store", e);
        }
        if (stored == null) {
            return Optional.empty();
        }
        try {
            StoredConversation c = json.readValue(stored, StoredConversation.class);
            return Optional.of(new Conversation(key, c.flow(), c.slots(), c.updatedAt()));
        } catch (JsonProcessingException e) {
            // written by an incompatible version: starting afresh is better than failing every message
            return Optional.empty();
        }
    }

    @Override
    public void save(Conversation conversation) {
        String value;
        try {
            value = json.writeValueAsString(new StoredConversation(
                    conversation.flow(), conversation.slots(), conversation.updatedAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation not serialisable", e);
        }
        try {
            redis.opsForValue().set(keys.conversation(conversation.key()), value, timeToLive);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("conversation store", e);
        }
    }

    /** What is kept of a conversation; the key already says whose it is. */
    record StoredConversation(String flow, Map<String, String> slots, Instant updatedAt) {
    }
}
