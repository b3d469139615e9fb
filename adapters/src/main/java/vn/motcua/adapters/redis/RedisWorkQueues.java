package vn.motcua.adapters.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.adapters.WorkQueue;
import vn.motcua.adapters.WorkQueues;

/**
 * Work queues in Redis that outlive the instance. Each instance has its own queues ({@code own}) and a
 * heartbeat key that expires {@code timeout} after its last beat; every live instance looks, each
 * beat, for instances whose heartbeat expired and adopts their queues in one script (the script checks
 * the heartbeat again and moves the queues atomically, so two adopters never both take one). An
 * instance adopts only after it has itself beaten without a gap for {@code timeout}: after a Redis
 * outage or restart every heartbeat is missing at once, and the others must get the time to beat again
 * before anyone counts them as stopped.
 *
 * <p>Public (unlike the other Redis stores) so that the queues' users can test their ports on it.
 */
public final class RedisWorkQueues implements WorkQueues, SmartLifecycle, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisWorkQueues.class);
    /** After a graceful stop, how long the others leave its queues alone (answers still finishing). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /**
     * KEYS: the stopped instance's heartbeat, the registry, then (its queue, my queue) per name.
     * ARGV: its id, the names of its queues left for others (comma-separated). Entries moved, or -1 if
     * it is alive after all.
     */
    private static final RedisScript<Long> ADOPT = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
            local moved = 0
            for i = 3, #KEYS, 2 do
              local entries = redis.call('HGETALL', KEYS[i])
              for j = 1, #entries, 2 do
                redis.call('HSET', KEYS[i + 1], entries[j], entries[j + 1])
                moved = moved + 1
              end
              redis.call('DEL', KEYS[i])
            end
            if ARGV[2] == '' then
              redis.call('HDEL', KEYS[2], ARGV[1])
            else
              redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            end
            return moved
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final String instanceId;
    private final Duration heartbeat;
    private final Duration timeout;
    private final ObjectMapper json = RedisConfiguration.storeJson();
    private final List<RedisWorkQueue<?>> queues = new CopyOnWriteArrayList<>();
    private final Set<String> ownNames = new CopyOnWriteArraySet<>();
    private final List<Runnable> whenAdopted = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService beating;
    /** System.nanoTime() of the first beat of the current unbroken run, or null while not beating. */
    private volatile Long beatingSince;
    private volatile boolean running;

    public RedisWorkQueues(StringRedisTemplate redis, String keyPrefix, String instanceId, Duration heartbeat,
                           Duration timeout) {
        this.redis = redis;
        this.keys = new KeySpace(keyPrefix);
        this.instanceId = instanceId == null || instanceId.isBlank() ? newInstanceId() : instanceId;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.beating = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "work-queues-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    public String instanceId() {
        return instanceId;
    }

    /** Starts beating (at once, then every {@code heartbeat}); Redis may be away, beats resume when it returns. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        log.info("Work queues in Redis as instance {} (heartbeat {} ms, adopted after {} ms of silence)",
                instanceId, heartbeat.toMillis(), timeout.toMillis());
        beating.scheduleWithFixedDelay(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> WorkQueue<T> own(String name, Class<T> type, Function<T, String> idOf, WorkQueue<T> local) {
        ownNames.add(name);
        try {
            sayAlive(); // before anything is queued: an instance that dies before its first beat is adopted too
        } catch (DataAccessException e) {
            log.debug("Redis unavailable: {} registered at the first beat", instanceId);
        }
        return open(name, keys.ownQueue(name, instanceId), type, idOf, local);
    }

    @Override
    public <T> SharedWorkQueue<T> shared(String name, Class<T> type, Function<T, String> idOf, WorkQueue<T> local) {
        return open(name, keys.sharedQueue(name), type, idOf, local);
    }

    private <T> RedisWorkQueue<T> open(String name, String key, Class<T> type, Function<T, String> idOf,
                                       WorkQueue<T> local) {
        RedisWorkQueue<T> queue = new RedisWorkQueue<>(redis, keys, name, key, instanceId, type, idOf, local, json);
        queues.add(queue);
        return queue;
    }

    @Override
    public void whenAdopted(Runnable action) {
        whenAdopted.add(action);
    }

    /** One beat: say this instance lives, hand Redis what was kept locally, adopt what stopped instances left. */
    void beat() {
        try {
            sayAlive();
            long now = System.nanoTime();
            if (beatingSince == null) {
                beatingSince = now;
            }
            for (RedisWorkQueue<?> queue : queues) {
                queue.catchUp();
            }
            if (now - beatingSince >= timeout.toNanos()) {
                adoptStopped();
            }
        } catch (DataAccessException e) {
            beatingSince = null;
            log.debug("Work queue heartbeat failed (Redis unavailable): {}", e.getMessage());
        } catch (RuntimeException e) {
            beatingSince = null;
            log.error("Work queue heartbeat failed; beating on", e);
        }
    }

    private void sayAlive() {
        redis.opsForValue().set(keys.instanceAlive(instanceId), "1", timeout);
        redis.opsForHash().put(keys.queueInstances(), instanceId, String.join(",", ownNames));
    }

    private void adoptStopped() {
        boolean adoptedAny = false;
        for (Map.Entry<Object, Object> instance : redis.opsForHash().entries(keys.queueInstances()).entrySet()) {
            String other = (String) instance.getKey();
            if (other.equals(instanceId) || Boolean.TRUE.equals(redis.hasKey(keys.instanceAlive(other)))) {
                continue;
            }
            List<String> scriptKeys = new ArrayList<>(List.of(keys.instanceAlive(other), keys.queueInstances()));
            List<String> left = new ArrayList<>();
            for (String name : ((String) instance.getValue()).split(",")) {
                if (name.isEmpty()) {
                    continue;
                }
                if (ownNames.contains(name)) {
                    scriptKeys.add(keys.ownQueue(name, other));
                    scriptKeys.add(keys.ownQueue(name, instanceId));
                } else {
                    left.add(name); // a queue this instance does not serve: for an instance that does
                }
            }
            Long moved = redis.execute(ADOPT, scriptKeys, other, String.join(",", left));
            if (moved != null && moved >= 0) {
                log.info("Adopted {} unfinished entries of stopped instance {}", moved, other);
                adoptedAny |= moved > 0;
            }
        }
        if (adoptedAny) {
            whenAdopted.forEach(Runnable::run);
        }
    }

    /** Stops beating; the heartbeat lapses shortly after, and another instance adopts what is left. */
    @Override
    public synchronized void stop() {
        beating.shutdownNow();
        if (!running) {
            return;
        }
        running = false;
        try {
            redis.expire(keys.instanceAlive(instanceId), timeout.compareTo(STOP_GRACE) < 0 ? timeout : STOP_GRACE);
        } catch (DataAccessException e) {
            log.debug("Redis unavailable at stop: the heartbeat lapses by itself");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops just before the Redis connections do (phase 0): after the web server and the delivering
     * thread, while the last words to Redis can still be said.
     */
    @Override
    public int getPhase() {
        return 1;
    }

    @Override
    public void close() {
        stop();
    }

    private static String newInstanceId() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "instance";
        }
        return host + "-" + HexFormat.of().formatHex(random);
    }
}
