package vn.motcua.adapters.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.Leases;
import vn.motcua.bot.StoreUnavailable;

/**
 * Leases as Redis keys holding the holder's token with an expiry. Renewing and releasing compare the
 * token and act in one script, so a holder whose lease lapsed and went to another instance can neither
 * extend nor delete that instance's lease.
 */
final class RedisLeases implements Leases {
    /** KEYS: the lease. ARGV: token, ttl in ms. Takes a free lease, or extends one this token holds. */
    private static final RedisScript<Long> ACQUIRE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0
            """, Long.class);

    /** KEYS: the lease. ARGV: token, ttl in ms. */
    private static final RedisScript<Long> RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    /** KEYS: the lease. ARGV: token. */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;

    RedisLeases(StringRedisTemplate redis, KeySpace keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean acquire(String name, String holder, Duration ttl) {
        return run(ACQUIRE, name, holder, Long.toString(ttl.toMillis()));
    }

    @Override
    public boolean renew(String name, String holder, Duration ttl) {
        return run(RENEW, name, holder, Long.toString(ttl.toMillis()));
    }

    @Override
    public void release(String name, String holder) {
        run(RELEASE, name, holder);
    }

    private boolean run(RedisScript<Long> script, String name, String... args) {
        try {
            return Objects.equals(redis.execute(script, List.of(keys.lease(name)), (Object[]) args), 1L);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("lease " + name, e);
        }
    }
}
