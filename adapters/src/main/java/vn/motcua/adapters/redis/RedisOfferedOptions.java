package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.rendering.OfferedOptions;

/**
 * The options last shown to each citizen, shared so that "2" typed to another instance still picks the
 * second one. Losing them only means a number is read as text, so a Redis failure is not an error here.
 */
final class RedisOfferedOptions implements OfferedOptions {
    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Duration timeToLive;
    private final Clock clock;
    private final ObjectMapper json;

    RedisOfferedOptions(StringRedisTemplate redis, KeySpace keys, Duration timeToLive, Clock clock, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void offer(ConversationKey key, List<Option> options) {
        try {
            if (options.isEmpty()) {
                redis.delete(keys.offeredOptions(key));
            } else {
                redis.opsForValue().set(keys.offeredOptions(key),
                        json.writeValueAsString(new Offer(List.copyOf(options), clock.instant())), timeToLive);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options not serialisable", e);
        } catch (DataAccessException e) {
            // not remembering an offer is harmless: a typed number will be read as text
        }
    }

    @Override
    public Optional<Option> numbered(ConversationKey key, int number) {
        try {
            String stored = redis.opsForValue().get(keys.offeredOptions(key));
            if (stored == null) {
                return Optional.empty();
            }
            Offer offer = json.readValue(stored, Offer.class);
            if (offer.at().plus(timeToLive).isBefore(clock.instant()) || number < 1 || number > offer.options().size()) {
                return Optional.empty();
            }
            return Optional.of(offer.options().get(number - 1));
        } catch (JsonProcessingException | DataAccessException e) {
            return Optional.empty();
        }
    }

    record Offer(List<Option> options, Instant at) {
    }
}
