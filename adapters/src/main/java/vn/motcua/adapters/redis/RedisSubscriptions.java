package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.Subscription;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Who follows which dossier, shared by every instance. Per code a hash of subscribers (JSON) and a hash
 * of what each last knew; per subscriber the set of codes; and the set of watched codes. Each change
 * is one script, and {@link #advance} is a compare-and-set, so a status change is announced once even
 * when two instances receive it. All keys share one hash tag (one Cluster slot).
 */
final class RedisSubscriptions implements Subscriptions {
    /** KEYS: subscribers of code, known of code, codes of subscriber, watched. ARGV: subscriber, code, JSON, known. */
    private static final RedisScript<Long> SUBSCRIBE = RedisScript.of("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            if ARGV[4] == '' then redis.call('HDEL', KEYS[2], ARGV[1]) else redis.call('HSET', KEYS[2], ARGV[1], ARGV[4]) end
            redis.call('SADD', KEYS[3], ARGV[2])
            redis.call('SADD', KEYS[4], ARGV[2])
            return 1
            """, Long.class);

    /** KEYS as for SUBSCRIBE. ARGV: subscriber, code. */
    private static final RedisScript<Long> CANCEL = RedisScript.of("""
            local removed = redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('HDEL', KEYS[2], ARGV[1])
            redis.call('SREM', KEYS[3], ARGV[2])
            if redis.call('HLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[4], ARGV[2]) end
            return removed
            """, Long.class);

    /** KEYS: codes of subscriber, watched. ARGV: subscriber, prefix of per-code keys. */
    private static final RedisScript<Long> CANCEL_ALL = RedisScript.of("""
            local removed = 0
            for _, code in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local subscribers = ARGV[2] .. 'subscribers:' .. code
              removed = removed + redis.call('HDEL', subscribers, ARGV[1])
              redis.call('HDEL', ARGV[2] .. 'known:' .. code, ARGV[1])
              if redis.call('HLEN', subscribers) == 0 then redis.call('SREM', KEYS[2], code) end
            end
            redis.call('DEL', KEYS[1])
            return removed
            """, Long.class);

    /** KEYS: subscribers of code, known of code. ARGV: subscriber, status. 1 when moved, 0 when not. */
    private static final RedisScript<Long> ADVANCE = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
            if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then return 0 end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final ObjectMapper json;

    RedisSubscriptions(StringRedisTemplate redis, KeySpace keys, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void subscribe(Subscription s) {
        String known = s.lastKnown() == null ? "" : Integer.toString(s.lastKnown().number());
        String value;
        try {
            value = json.writeValueAsString(new StoredSubscription(s.subscriber().channel().key(),
                    s.subscriber().sender(), s.code().value(), s.since()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("subscription not serialisable", e);
        }
        run(() -> redis.execute(SUBSCRIBE, perCode(s.subscriber(), s.code()),
                s.subscriber().asString(), s.code().value(), value, known));
    }

    @Override
    public boolean cancel(ConversationKey subscriber, DossierCode code) {
        return run(() -> redis.execute(CANCEL, perCode(subscriber, code), subscriber.asString(), code.value())) == 1;
    }

    @Override
    public int cancelAll(ConversationKey subscriber) {
        return run(() -> redis.execute(CANCEL_ALL,
                List.of(keys.subscriptionsOf(subscriber.asString()), keys.watchedDossiers()),
                subscriber.asString(), keys.subscriptionPrefix())).intValue();
    }

    @Override
    public List<Subscription> of(DossierCode code) {
        Map<Object, Object> subscribers;
        Map<Object, Object> known;
        try {
            subscribers = redis.opsForHash().entries(keys.subscribers(code.value()));
            known = redis.opsForHash().entries(keys.knownStatus(code.value()));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("subscriptions", e);
        }
        List<Subscription> result = new ArrayList<>();
        subscribers.forEach((who, value) -> {
            Object status = known.get(who);
            result.add(read((String) value,
                    status == null ? null : DossierStatus.of(Integer.parseInt((String) status)).orElse(null)));
        });
        return result;
    }

    @Override
    public boolean follows(ConversationKey subscriber, DossierCode code) {
        return run(() -> redis.opsForHash().hasKey(keys.subscribers(code.value()), subscriber.asString()) ? 1L : 0L) == 1;
    }

    @Override
    public Set<DossierCode> watched() {
        Set<String> codes;
        try {
            codes = redis.opsForSet().members(keys.watchedDossiers());
        } catch (DataAccessException e) {
            throw new StoreUnavailable("subscriptions", e);
        }
        Set<DossierCode> result = new HashSet<>();
        (codes == null ? Set.<String>of() : codes).forEach(c -> result.add(new DossierCode(c)));
        return result;
    }

    @Override
    public boolean advance(ConversationKey subscriber, DossierCode code, DossierStatus status) {
        return run(() -> redis.execute(ADVANCE,
                List.of(keys.subscribers(code.value()), keys.knownStatus(code.value())),
                subscriber.asString(), Integer.toString(status.number()))) == 1;
    }

    private List<String> perCode(ConversationKey subscriber, DossierCode code) {
        return List.of(keys.subscribers(code.value()), keys.knownStatus(code.value()),
                keys.subscriptionsOf(subscriber.asString()), keys.watchedDossiers());
    }

    private static Long run(Supplier<Long> command) {
        try {
            Long result = command.get();
            return result == null ? 0L : result;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("subscriptions", e);
        }
    }

    private Subscription read(String value, DossierStatus known) {
        try {
            StoredSubscription s = json.readValue(value, StoredSubscription.class);
            return new Subscription(new ConversationKey(Channel.valueOf(s.channel().toUpperCase(Locale.ROOT)),
                    s.sender()), new DossierCode(s.code()), known, s.since());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable subscription in Redis", e);
        }
    }

    /** A subscription as kept in Redis; what the subscriber last knew is kept apart, for {@link #advance}. */
    record StoredSubscription(String channel, String sender, String code, Instant since) {
    }
}
