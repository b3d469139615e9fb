package vn.motcua.adapters.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.bot.StoreUnavailable;

/**
 * The Zalo OA's tokens shared by every instance, in one hash with a version. One instance renews at a
 * time: it takes a lock with a time to live (so a holder that dies mid-renewal blocks the others for that
 * long only), renews, and writes the new tokens only if the version it renewed from is still the stored
 * one (a fencing compare-and-set: a holder whose lock ran out cannot overwrite newer tokens). The others
 * wait briefly and take the tokens the winner wrote instead of spending the refresh token again.
 */
final class RedisZaloTokenStore implements ZaloTokenStore {
    private static final Logger log = LoggerFactory.getLogger(RedisZaloTokenStore.class);
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * KEYS: tokens, configured fingerprints. ARGV: fingerprint, access, refresh, expires (ms or empty).
     * A configured token not seen before (a fresh authorisation), or no tokens at all, replaces the stored ones.
     */
    private static final RedisScript<Long> ADOPT = RedisScript.of("""
            local fresh = redis.call('SADD', KEYS[2], ARGV[1]) == 1
            if fresh or redis.call('EXISTS', KEYS[1]) == 0 then
              redis.call('HSET', KEYS[1], 'access', ARGV[2], 'refresh', ARGV[3], 'expires', ARGV[4])
              redis.call('HINCRBY', KEYS[1], 'version', 1)
              return 1
            end
            return 0
            """, Long.class);

    /**
     * KEYS: tokens. ARGV: version renewed from, access, refresh, expires, '1' to write into an empty store.
     * Writes only over the version the renewal started from.
     */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            local version = redis.call('HGET', KEYS[1], 'version')
            if version ~= ARGV[1] and not (version == false and ARGV[5] == '1') then
              return 0
            end
            redis.call('HSET', KEYS[1], 'access', ARGV[2], 'refresh', ARGV[3], 'expires', ARGV[4])
            redis.call('HINCRBY', KEYS[1], 'version', 1)
            return 1
            """, Long.class);

    /** KEYS: lock. ARGV: owner. Releases the lock only if this renewal still holds it. */
    private static final RedisScript<Long> UNLOCK = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """, Long.class);

    private record Stored(Tokens tokens, String version) {
    }

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Duration lockTtl;
    private final Duration wait;
    /** Tokens renewed while Redis could not take them: the only valid refresh token, written as soon as it can be. */
    private Stored unsaved;

    /**
     * @param lockTtl how long a renewal may hold the lock: longer than a refresh call can take
     * @param wait    how long another renewal waits for the winner before its send is retried later
     */
    RedisZaloTokenStore(StringRedisTemplate redis, KeySpace keys, Duration lockTtl, Duration wait) {
        this.redis = redis;
        this.keys = keys;
        this.lockTtl = lockTtl;
        this.wait = wait;
    }

    @Override
    public Tokens adopt(Tokens configured) {
        String identity = configured.refreshToken() != null && !configured.refreshToken().isBlank()
                ? "refresh:" + configured.refreshToken() : "access:" + configured.accessToken();
        try {
            redis.execute(ADOPT, List.of(keys.zaloTokens(), keys.zaloConfiguredTokens()), sha256(identity),
                    text(configured.accessToken()), text(configured.refreshToken()), millis(configured.expiresAt()));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("the Zalo token store", e);
        }
        return read().map(Stored::tokens).orElse(configured);
    }

    @Override
    public Optional<Tokens> current() {
        writeUnsaved();
        return read().map(Stored::tokens);
    }

    @Override
    public <X extends Exception> Tokens renew(String staleAccessToken, Renewal<X> renewal) throws X {
        writeUnsaved();
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            Stored stored = stored();
            if (!Objects.equals(stored.tokens().accessToken(), staleAccessToken)) {
                return stored.tokens(); // renewed by another send or instance meanwhile
            }
            String owner = UUID.randomUUID().toString();
            if (lock(owner)) {
                try {
                    return renewHolding(staleAccessToken, renewal);
                } finally {
                    unlock(owner);
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new StoreUnavailable("the Zalo token store",
                        new IllegalStateException("another instance has been renewing them for over " + wait));
            }
            pause();
        }
    }

    private <X extends Exception> Tokens renewHolding(String staleAccessToken, Renewal<X> renewal) throws X {
        Stored stored = stored(); // the previous holder may have finished between our read and our lock
        if (!Objects.equals(stored.tokens().accessToken(), staleAccessToken)) {
            return stored.tokens();
        }
        Tokens renewed = renewal.renew(stored.tokens());
        Stored next = new Stored(renewed, stored.version());
        boolean written;
        try {
            written = replace(next, false);
        } catch (DataAccessException e) {
            synchronized (this) {
                unsaved = next;
            }
            log.error("Renewed the Zalo tokens but Redis did not take them ({}); this instance keeps them and writes "
                    + "them when Redis is back. If it stops before that, re-authorise the OA", e.getMessage());
            throw new StoreUnavailable("the Zalo token store", e);
        }
        if (written) {
            return renewed;
        }
        // replaced meanwhile (an operator's fresh authorisation adopted by a starting instance): that wins
        return stored().tokens();
    }

    private synchronized void writeUnsaved() {
        if (unsaved == null) {
            return;
        }
        try {
            if (!replace(unsaved, true) && !read().map(s -> Objects.equals(s.tokens().refreshToken(),
                    unsaved.tokens().refreshToken())).orElse(false)) {
                log.error("Renewed Zalo tokens kept during a Redis outage were not written: other tokens were stored "
                        + "meanwhile. If Zalo refuses to renew, re-authorise the OA");
            }
            unsaved = null;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("the Zalo token store", e);
        }
    }

    private Stored stored() {
        return read().orElseThrow(() -> new StoreUnavailable("the Zalo token store",
                new IllegalStateException("none are stored (did Redis lose its data?)")));
    }

    private Optional<Stored> read() {
        Map<Object, Object> hash;
        try {
            hash = redis.opsForHash().entries(keys.zaloTokens());
        } catch (DataAccessException e) {
            throw new StoreUnavailable("the Zalo token store", e);
        }
        if (hash == null || hash.get("version") == null) {
            return Optional.empty();
        }
        String expires = (String) hash.get("expires");
        return Optional.of(new Stored(new Tokens(blankAsNull(hash.get("access")), blankAsNull(hash.get("refresh")),
                expires == null || expires.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(expires))),
                (String) hash.get("version")));
    }

    private boolean replace(Stored next, boolean intoEmpty) {
        Tokens t = next.tokens();
        Long written = redis.execute(REPLACE, List.of(keys.zaloTokens()), next.version(), text(t.accessToken()),
                text(t.refreshToken()), millis(t.expiresAt()), intoEmpty ? "1" : "0");
        return written != null && written == 1;
    }

    private boolean lock(String owner) {
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.zaloRenewal(), owner, lockTtl));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("the Zalo token store", e);
        }
    }

    private void unlock(String owner) {
        try {
            redis.execute(UNLOCK, List.of(keys.zaloRenewal()), owner);
        } catch (DataAccessException e) {
            log.warn("Could not release the Zalo renewal lock ({}); it expires within {}", e.getMessage(), lockTtl);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailable("the Zalo token store", e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankAsNull(Object s) {
        return s == null || ((String) s).isEmpty() ? null : (String) s;
    }

    private static String millis(Instant t) {
        return t == null ? "" : Long.toString(t.toEpochMilli());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
