package vn.motcua.adapters.redis;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymStore;

/**
 * Synonyms added by admins, shared by every instance: one Redis list of {@code phrase<TAB>meaning}
 * entries (the line format of {@code synonyms.tsv}), oldest first, with a local copy that the search
 * reads, so questions never wait for Redis.
 *
 * <p>Synonyms are only ever added, never removed, so the list is a growing set: writing back entries
 * Redis lacks is always right. That is how a Redis that lost its data gets them back from any instance,
 * and how entries an instance kept in its data dir before it moved to Redis reach the others.
 */
final class RedisSynonymStore implements SynonymStore {
    private static final Logger log = LoggerFactory.getLogger(RedisSynonymStore.class);

    /**
     * KEYS: the list. ARGV: the change channel, then entries. Appends the entries the list lacks and
     * publishes once if any was new; returns how many were.
     */
    private static final RedisScript<Long> MERGE = RedisScript.of("""
            local have = {}
            for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do have[entry] = true end
            local added = 0
            for i = 2, #ARGV do
              if not have[ARGV[i]] then
                redis.call('RPUSH', KEYS[1], ARGV[i])
                have[ARGV[i]] = true
                added = added + 1
              end
            end
            if added > 0 then redis.call('PUBLISH', ARGV[1], added) end
            return added
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private volatile List<Synonym> replica;
    /** True until the local copy has been merged into Redis once (it may hold entries Redis lacks). */
    private boolean unmerged;

    /**
     * @param carriedOver entries this instance already had (its data dir's dictionary from before it used
     *                    Redis): written to Redis if missing, and applied meanwhile
     */
    RedisSynonymStore(StringRedisTemplate redis, KeySpace keys, List<Synonym> carriedOver) {
        this.redis = redis;
        this.keys = keys;
        this.replica = List.copyOf(carriedOver);
        this.unmerged = !carriedOver.isEmpty();
        try {
            resync();
        } catch (StoreUnavailable e) {
            log.warn("Redis unavailable at start-up: admin synonyms are applied once it returns ({})", e.getMessage());
        }
    }

    @Override
    public List<Synonym> all() {
        return replica;
    }

    /** Adds the synonym for every instance (they hear of it on the change channel); a repeated entry is kept once. */
    @Override
    public synchronized void add(Synonym synonym) {
        merge(List.of(synonym));
        fetch();
    }

    /** A change notification: reads the list again. True if the local copy changed. */
    synchronized boolean refresh() {
        return fetch();
    }

    /**
     * The safety net behind notifications (run on every reconnect and periodically): a length that
     * differs from the local copy means entries were missed, or Redis lost some; either way the union
     * of both is written back and read again. True if the local copy changed.
     */
    synchronized boolean resync() {
        long length;
        try {
            Long stored = redis.opsForList().size(keys.synonyms());
            length = stored == null ? 0 : stored;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("synonyms", e);
        }
        if (length == replica.size() && !unmerged) {
            return false;
        }
        if (length < replica.size() || unmerged) {
            int written = merge(replica);
            unmerged = false;
            if (written > 0) {
                log.warn("Redis lacked {} admin synonyms: wrote them back from this instance's copy", written);
            }
        }
        return fetch();
    }

    private int merge(List<Synonym> entries) {
        List<String> argv = new ArrayList<>(entries.size() + 1);
        argv.add(keys.synonymChanges());
        entries.forEach(s -> argv.add(line(s)));
        try {
            Long added = redis.execute(MERGE, List.of(keys.synonyms()), argv.toArray());
            return added == null ? 0 : added.intValue();
        } catch (DataAccessException e) {
            throw new StoreUnavailable("synonyms", e);
        }
    }

    private boolean fetch() {
        List<String> lines;
        try {
            lines = redis.opsForList().range(keys.synonyms(), 0, -1);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("synonyms", e);
        }
        List<Synonym> read = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            int tab = line.indexOf('\t');
            try {
                read.add(new Synonym(line.substring(0, Math.max(0, tab)), line.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                log.error("Skipping an unreadable synonym in Redis: '{}'", line);
            }
        }
        if (read.equals(replica)) {
            return false;
        }
        replica = List.copyOf(read);
        return true;
    }

    /** A synonym holds no tab or line break, so this line reads back unambiguously. */
    private static String line(Synonym synonym) {
        return synonym.phrase() + "\t" + synonym.meaning();
    }
}
