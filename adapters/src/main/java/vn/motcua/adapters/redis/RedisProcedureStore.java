package vn.motcua.adapters.redis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/**
 * The knowledge base in Redis, shared by every instance, with a local copy (the replica) that serves
 * all reads: questions are answered from it, and from the local index built on it, while Redis is down.
 *
 * <p>Writes run as Lua scripts, so the version check, the write, the revision counter and the change
 * notification happen atomically. Each instance keeps its replica current from the notifications
 * ({@link #refresh}) and, as a safety net for missed ones (a reconnect, a start), from {@link #resync},
 * which compares ids and versions whenever the revision counter moved.
 */
final class RedisProcedureStore implements ProcedureStore {
    private static final Logger log = LoggerFactory.getLogger(RedisProcedureStore.class);
    private static final int FETCH_BATCH = 500;

    /** KEYS: versions, procedure, revision. ARGV: id, expected version, JSON at the new version, channel. */
    private static final RedisScript<Long> SAVE = RedisScript.of("""
            local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
            local expected = tonumber(ARGV[2])
            if current ~= expected then return -1 - current end
            redis.call('SET', KEYS[2], ARGV[3])
            redis.call('HSET', KEYS[1], ARGV[1], expected + 1)
            redis.call('INCR', KEYS[3])
            redis.call('PUBLISH', ARGV[4], ARGV[1])
            return expected + 1
            """, Long.class);

    /** KEYS as for SAVE. ARGV: id, expected version, channel. 1 deleted, 0 absent, below 0 conflict. */
    private static final RedisScript<Long> DELETE = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then return 0 end
            current = tonumber(current)
            if current ~= tonumber(ARGV[2]) then return -1 - current end
            redis.call('DEL', KEYS[2])
            redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('INCR', KEYS[3])
            redis.call('PUBLISH', ARGV[3], ARGV[1])
            return 1
            """, Long.class);

    /** KEYS as for SAVE. ARGV: id, version, JSON, channel. Writes only where Redis has no such procedure. */
    private static final RedisScript<Long> RESTORE = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
            redis.call('SET', KEYS[2], ARGV[3])
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('INCR', KEYS[3])
            redis.call('PUBLISH', ARGV[4], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Map<String, Procedure> replica = new ConcurrentHashMap<>();
    private volatile Consumer<String> onChange = id -> { };
    /** The revision counter at the last complete resync; null before the first one. */
    private String syncedRevision;
    /** True while the replica holds seeds loaded without Redis: the first resync then fetches everything. */
    private boolean replicaUnverified;

    /**
     * @param seeds what to answer from when Redis cannot be reached at start-up (writing the seeds into
     *              Redis is {@code SyncingSeeds}' job, with {@link RedisSeedState})
     */
    RedisProcedureStore(StringRedisTemplate redis, KeySpace keys, List<Procedure> seeds) {
        this.redis = redis;
        this.keys = keys;
        try {
            resync();
        } catch (StoreUnavailable e) {
            // start from the seeds so the assistant answers at once; the periodic resync catches up
            log.warn("Redis unavailable at start-up: answering from the {} seed procedures until it returns ({})",
                    seeds.size(), e.getMessage());
            seeds.forEach(p -> replica.put(p.publicId(), p.withVersion(1)));
            replicaUnverified = true;
        }
    }

    /** Called with the id of every procedure whose local copy changed because of another instance. */
    void onChange(Consumer<String> listener) {
        this.onChange = Objects.requireNonNull(listener);
    }

    @Override
    public List<Procedure> all() {
        return new ArrayList<>(replica.values());
    }

    @Override
    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(replica.get(id));
    }

    @Override
    public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
        String id = procedure.publicId();
        Procedure saved = procedure.withVersion(expectedVersion + 1);
        long result = run(SAVE, id, Long.toString(expectedVersion), ProcedureJson.write(saved));
        if (result < 1) {
            throw new StaleVersionException(id, expectedVersion, -1 - result);
        }
        synchronized (this) {
            // a notification may already have brought a newer version from another instance: keep that one
            replica.merge(id, saved, (mine, theirs) -> mine.versionOrZero() >= theirs.versionOrZero() ? mine : theirs);
        }
        return saved;
    }

    @Override
    public boolean delete(String id, long expectedVersion) throws StaleVersionException {
        long result = run(DELETE, id, Long.toString(expectedVersion));
        if (result < 0) {
            throw new StaleVersionException(id, expectedVersion, -1 - result);
        }
        synchronized (this) {
            replica.computeIfPresent(id, (key, mine) -> mine.versionOrZero() <= expectedVersion ? null : mine);
        }
        return result == 1;
    }

    private long run(RedisScript<Long> script, String id, String... args) {
        List<String> scriptKeys = List.of(keys.procedureVersions(), keys.procedure(id), keys.knowledgeRevision());
        Object[] argv = new Object[args.length + 2];
        argv[0] = id;
        System.arraycopy(args, 0, argv, 1, args.length);
        argv[argv.length - 1] = keys.knowledgeChanges();
        try {
            Long result = redis.execute(script, scriptKeys, argv);
            return Objects.requireNonNull(result, "script returned nothing");
        } catch (DataAccessException e) {
            throw new StoreUnavailable("knowledge base", e);
        }
    }

    /**
     * A notification said this procedure changed: read it again from Redis. Reading the current value
     * (rather than trusting the message) makes late or repeated notifications harmless.
     */
    synchronized void refresh(String id) {
        String json;
        try {
            json = redis.opsForValue().get(keys.procedure(id));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("knowledge base", e);
        }
        if (apply(id, json)) {
            onChange.accept(id);
        }
    }

    /**
     * Brings the replica in line with Redis. If the revision counter moved since the last resync, it
     * compares every id and version and fetches what differs. A Redis that lost the knowledge base
     * (restarted without persistence, or brand new while this instance answered from its seeds) gets
     * this instance's copy back, so a Redis failure never empties the instances' indexes.
     *
     * @return how many procedures changed locally
     */
    synchronized int resync() {
        try {
            String revision = redis.opsForValue().get(keys.knowledgeRevision());
            if (!replicaUnverified && syncedRevision != null && syncedRevision.equals(revision)) {
                return 0;
            }
            if (!Boolean.TRUE.equals(redis.hasKey(keys.knowledgePresent()))) {
                restore();
                revision = redis.opsForValue().get(keys.knowledgeRevision());
            }
            Map<Object, Object> versions = redis.opsForHash().entries(keys.procedureVersions());
            List<String> stale = new ArrayList<>();
            versions.forEach((id, version) -> {
                Procedure mine = replica.get((String) id);
                if (replicaUnverified || mine == null || mine.versionOrZero() != Long.parseLong((String) version)) {
                    stale.add((String) id);
                }
            });
            Set<String> gone = new HashSet<>(replica.keySet());
            gone.removeAll(versions.keySet().stream().map(String.class::cast).toList());

            List<String> changed = new ArrayList<>();
            for (int from = 0; from < stale.size(); from += FETCH_BATCH) {
                List<String> batch = stale.subList(from, Math.min(stale.size(), from + FETCH_BATCH));
                List<String> values = redis.opsForValue().multiGet(batch.stream().map(keys::procedure).toList());
                for (int i = 0; i < batch.size(); i++) {
                    if (apply(batch.get(i), values == null ? null : values.get(i))) {
                        changed.add(batch.get(i));
                    }
                }
            }
            for (String id : gone) {
                if (apply(id, null)) {
                    changed.add(id);
                }
            }
            syncedRevision = revision;
            replicaUnverified = false;
            changed.forEach(onChange);
            return changed.size();
        } catch (DataAccessException e) {
            throw new StoreUnavailable("knowledge base", e);
        }
    }

    /**
     * Writes this instance's copy into a Redis that does not hold the knowledge base. Only absent
     * procedures are written, with their versions, so instances doing it at once are harmless. Nothing
     * to write for a new instance (its store is still empty): the seeds come through {@code save}.
     */
    private void restore() {
        int written = 0;
        for (Procedure p : all()) {
            long version = Math.max(1, p.versionOrZero());
            List<String> scriptKeys = List.of(keys.procedureVersions(), keys.procedure(p.publicId()),
                    keys.knowledgeRevision());
            Long result = redis.execute(RESTORE, scriptKeys, p.publicId(), Long.toString(version),
                    ProcedureJson.write(p.withVersion(version)), keys.knowledgeChanges());
            written += result != null && result == 1 ? 1 : 0;
        }
        redis.opsForValue().set(keys.knowledgePresent(), "1");
        if (written > 0) {
            log.warn("Redis did not hold the knowledge base: wrote back {} procedures from this instance's copy",
                    written);
        }
    }

    /** Sets the local copy of one procedure to what Redis holds (null: absent); true if it changed. */
    private boolean apply(String id, String json) {
        if (json == null) {
            return replica.remove(id) != null;
        }
        Procedure p;
        try {
            p = ProcedureJson.read(json);
        } catch (InvalidProcedureException e) {
            log.error("Procedure {} in Redis is unreadable, keeping the local copy: {}", id, e.getMessage());
            return false;
        }
        Procedure previous = replica.put(id, p);
        return !p.equals(previous);
    }
}
