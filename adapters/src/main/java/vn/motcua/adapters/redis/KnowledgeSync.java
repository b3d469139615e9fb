package vn.motcua.adapters.redis;

import io.lettuce.core.event.EventBus;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import reactor.core.Disposable;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.knowledge.KnowledgeBase;

/**
 * Keeps this instance's index in step with the knowledge base in Redis (procedures and admin synonyms):
 * change notifications update it within milliseconds; a resync, run as soon as a Redis connection is (re)established and periodically
 * as a safety net, catches whatever a notification missed (Redis restarted, this instance reconnected or
 * started while others were editing).
 */
final class KnowledgeSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeSync.class);

    private final RedisProcedureStore store;
    private final RedisSynonymStore synonyms;
    private final KnowledgeBase knowledge;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "knowledge-resync");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean reachable = true;

    private final EventBus connectionEvents;
    private final RedisMessageListenerContainer notifications = new RedisMessageListenerContainer();
    private Disposable reconnects;

    KnowledgeSync(RedisProcedureStore store, RedisSynonymStore synonyms, KnowledgeBase knowledge, Duration interval,
                  EventBus connectionEvents, RedisConnectionFactory connections, KeySpace keys) {
        this.store = store;
        this.synonyms = synonyms;
        this.knowledge = knowledge;
        this.interval = interval;
        this.connectionEvents = connectionEvents;
        notifications.setConnectionFactory(connections);
        notifications.addMessageListener((message, pattern) ->
                changed(new String(message.getBody(), StandardCharsets.UTF_8)), new ChannelTopic(keys.knowledgeChanges()));
        notifications.addMessageListener((message, pattern) -> synonymsAdded(),
                new ChannelTopic(keys.synonymChanges()));
        notifications.afterPropertiesSet();
    }

    void start() {
        store.onChange(knowledge::reindex);
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::resync, 0, millis, TimeUnit.MILLISECONDS);
        // a connection (re)established: notifications may have been missed meanwhile, catch up now
        reconnects = connectionEvents.get()
                .filter(ConnectionActivatedEvent.class::isInstance)
                .subscribe(event -> timer.execute(this::resync));
    }

    /** A change notification from another instance (or our own write, which it finds already applied). */
    void changed(String id) {
        try {
            store.refresh(id);
        } catch (StoreUnavailable e) {
            log.debug("Could not read changed procedure {}; the next resync will: {}", id, e.getMessage());
        }
    }

    /** Another instance added a synonym: apply the dictionary from the next question on. */
    void synonymsAdded() {
        try {
            if (synonyms.refresh()) {
                knowledge.reloadSynonyms();
            }
        } catch (StoreUnavailable e) {
            log.debug("Could not read the synonyms; the next resync will: {}", e.getMessage());
        }
    }

    private void resync() {
        listen();
        try {
            int changed = store.resync();
            if (synonyms.resync()) {
                knowledge.reloadSynonyms();
                changed++;
            }
            if (!reachable) {
                log.info("Redis reachable again: knowledge base resynchronised ({} changes)", changed);
                reachable = true;
            } else if (changed > 0) {
                log.info("Knowledge base resync applied {} changes missed by notifications", changed);
            }
        } catch (StoreUnavailable e) {
            if (reachable) {
                log.warn("Redis unreachable: answering from the local knowledge base until it returns ({})",
                        e.getMessage());
                reachable = false;
            }
        } catch (RuntimeException e) {
            log.error("Knowledge base resync failed", e);
        }
    }

    /**
     * Subscribes to change notifications if not yet done. Started here rather than by Spring, so that an
     * instance starting while Redis is down starts anyway and subscribes once Redis is there; after
     * that, Lettuce re-subscribes by itself on every reconnect.
     */
    private void listen() {
        if (notifications.isListening()) {
            return;
        }
        try {
            notifications.start();
        } catch (RuntimeException e) {
            log.debug("Not subscribed to knowledge-base changes yet: {}", e.getMessage());
            notifications.stop();
        }
    }

    @Override
    public void close() {
        try {
            notifications.destroy();
        } catch (Exception e) {
            log.debug("Closing the change subscription: {}", e.getMessage());
        }
        if (reconnects != null) {
            reconnects.dispose();
        }
        timer.shutdownNow();
    }
}
