package vn.motcua.adapters.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupLimits;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Failed lookups and lock-outs shared by every instance, so that spreading guesses over instances gains
 * nothing. Times come from the assistant's clock (as in the in-process store); Redis expiry only
 * cleans up once an entry can no longer matter.
 */
final class RedisLookupAttempts implements LookupAttempts {
    /**
     * KEYS: failure window (sorted set), lock-out. ARGV: now ms, window ms, limit, lock-out ms, member.
     * Counts one failure in the sliding window; at the limit, locks out until now + lock-out.
     */
    private static final RedisScript<Long> FAILED = RedisScript.of("""
            local now = tonumber(ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
            redis.call('ZADD', KEYS[1], now, ARGV[5])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
              redis.call('SET', KEYS[2], now + tonumber(ARGV[4]), 'PX', ARGV[4])
              redis.call('DEL', KEYS[1])
              return 1
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final LookupLimits limits;
    private final Clock clock;

    RedisLookupAttempts(StringRedisTemplate redis, KeySpace keys, LookupLimits limits, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> lockedOut(ConversationKey sender, DossierCode code) {
        List<String> until;
        try {
            until = redis.opsForValue().multiGet(List.of(
                    keys.lockOut("sender", sender.asString()), keys.lockOut("code", code.value())));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("lookup attempts", e);
        }
        long latest = until == null ? 0 : until.stream().filter(v -> v != null).mapToLong(Long::parseLong).max().orElse(0);
        Instant now = clock.instant();
        return latest > now.toEpochMilli()
                ? Optional.of(Duration.ofMillis(latest - now.toEpochMilli()))
                : Optional.empty();
    }

    @Override
    public void failed(ConversationKey sender, DossierCode code) {
        count("sender", sender.asString(), limits.failuresPerSender());
        count("code", code.value(), limits.failuresPerCode());
    }

    private void count(String kind, String who, int limit) {
        String now = Long.toString(clock.millis());
        try {
            redis.execute(FAILED, List.of(keys.failures(kind, who), keys.lockOut(kind, who)), now,
                    Long.toString(limits.window().toMillis()), Integer.toString(limit),
                    Long.toString(limits.lockOut().toMillis()), now + ":" + UUID.randomUUID());
        } catch (DataAccessException e) {
            throw new StoreUnavailable("lookup attempts", e);
        }
    }

    @Override
    public void opened(ConversationKey sender, DossierCode code) {
        long until = clock.millis() + limits.openFor().toMillis();
        try {
            redis.opsForValue().set(keys.opened(sender.asString(), code.value()), Long.toString(until),
                    limits.openFor());
        } catch (DataAccessException e) {
            throw new StoreUnavailable("lookup attempts", e);
        }
    }

    @Override
    public boolean hasOpened(ConversationKey sender, DossierCode code) {
        String until;
        try {
            until = redis.opsForValue().get(keys.opened(sender.asString(), code.value()));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("lookup attempts", e);
        }
        return until != null && Long.parseLong(until) > clock.millis();
    }
}
