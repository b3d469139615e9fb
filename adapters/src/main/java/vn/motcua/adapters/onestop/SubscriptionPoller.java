package vn.motcua.adapters.onestop;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.NotifyingSubscribers;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.understanding.DossierCode;

/**
 * A provincial system that does not push is asked, every {@code poll-interval}, for the dossiers
 * someone follows; a changed status reaches the followers like a pushed one (each of them once).
 */
class SubscriptionPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionPoller.class);

    private final ProvincialLookup lookup;
    private final Subscriptions subscriptions;
    private final NotifyingSubscribers notifying;
    private final ScheduledExecutorService timer;

    SubscriptionPoller(ProvincialLookup lookup, Subscriptions subscriptions, NotifyingSubscribers notifying) {
        this.lookup = lookup;
        this.subscriptions = subscriptions;
        this.notifying = notifying;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dossier-poller");
            t.setDaemon(true);
            return t;
        });
    }

    void start(Duration interval) {
        timer.scheduleWithFixedDelay(this::pollSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round over the followed codes; returns how many were read. */
    int pollOnce() {
        int read = 0;
        for (DossierCode code : subscriptions.watched()) {
            try {
                var dossier = lookup.fetch(code);
                dossier.ifPresent(notifying::statusIs);
                read += dossier.isPresent() ? 1 : 0;
            } catch (DossierRegistry.Unavailable e) {
                log.info("Polling stopped for this round: {}", e.getMessage());
                break;
            }
        }
        return read;
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.warn("Polling the provincial lookup failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
