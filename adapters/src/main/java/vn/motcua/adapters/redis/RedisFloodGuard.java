package vn.motcua.adapters.redis;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.receiving.FloodGuard;

/**
 * Token buckets per sender shared by every instance (the same rules as the in-process guard), so a
 * sender cannot multiply its allowance by the number of instances. It fails open: while Redis is down
 * everyone is admitted, since refusing every citizen would be worse than a flood.
 */
final class RedisFloodGuard implements FloodGuard {
    private static final Logger log = LoggerFactory.getLogger(RedisFloodGuard.class);

    /** KEYS: bucket. ARGV: burst, refill ms, now ms. Returns 0 admitted, 1 slow down, 2 ignored. */
    private static final RedisScript<Long> ADMIT = RedisScript.of("""
            local burst = tonumber(ARGV[1])
            local refill = tonumber(ARGV[2])
            local now = tonumber(ARGV[3])
            local b = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'warned')
            local tokens = tonumber(b[1]) or burst
            local at = tonumber(b[2]) or now
            local warned = b[3] == '1'
            tokens = math.min(burst, tokens + math.max(0, now - at) / refill)
            if tokens >= 1 then warned = false end
            local result
            if tokens >= 1 then
              tokens = tokens - 1
              result = 0
            elseif warned then
              result = 2
            else
              warned = true
              result = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now, 'warned', warned and '1' or '0')
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst * refill) + 60000)
            return result
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;

    RedisFloodGuard(StringRedisTemplate redis, KeySpace keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Admission admit(String sender, Limit limit, Instant now) {
        try {
            Long result = redis.execute(ADMIT, List.of(keys.rateLimit(sender)), Integer.toString(limit.burst()),
                    Long.toString(Math.max(1, limit.refillEvery().toMillis())), Long.toString(now.toEpochMilli()));
            return result == null ? Admission.ADMITTED : Admission.values()[result.intValue()];
        } catch (DataAccessException e) {
            log.debug("Redis unavailable, {} admitted without a rate limit: {}", sender, e.getMessage());
            return Admission.ADMITTED;
        }
    }
}
