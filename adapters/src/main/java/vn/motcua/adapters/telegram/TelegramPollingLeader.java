package vn.motcua.adapters.telegram;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.motcua.adapters.Leases;

/**
 * Long polling by one instance at a time. Telegram hands each update to a single getUpdates caller and
 * answers 409 to any other, so instances sharing a bot take turns through a lease: the holder polls and
 * renews it every third of its lifetime; the others ask for it as often and take over when it is
 * released (an instance stopped) or lapses (an instance dead). A holder that cannot tell whether it
 * still holds the lease (Redis unreachable) polls on only until the lease would have lapsed, since
 * another instance may take it then; it asks again until it can be answered.
 */
class TelegramPollingLeader implements SmartLifecycle {
    static final String LEASE = "telegram-polling";
    private static final Logger log = LoggerFactory.getLogger(TelegramPollingLeader.class);

    private final TelegramPolling polling;
    private final Leases leases;
    private final Duration ttl;
    /** The polling is stopped this long before the lease lapses in Redis: margin for clocks and the stop itself. */
    private final long validNanos;
    private final String holder;

    private ScheduledExecutorService timer;
    private ScheduledFuture<?> lapse;
    private volatile boolean leading;
    private long validUntil;
    private boolean unreachableSaid;

    TelegramPollingLeader(TelegramPolling polling, Leases leases, Duration ttl) {
        this.polling = polling;
        this.leases = leases;
        this.ttl = ttl;
        this.validNanos = ttl.minus(ttl.dividedBy(5)).toNanos();
        this.holder = holderName();
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        // two threads: a renewal stuck on a slow Redis must not delay the stop when the lease lapses
        timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "telegram-polling-lease");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::takeTurn, 0, ttl.dividedBy(3).toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = timer;
            timer = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            stopping.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            boolean wasLeading = leading;
            stepDown();
            if (wasLeading) {
                release();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Whether this instance polls now. */
    boolean leading() {
        return leading;
    }

    private void takeTurn() {
        long asked = System.nanoTime();
        boolean renewing = leading;
        Boolean granted;
        try {
            granted = renewing ? leases.renew(LEASE, holder, ttl) : leases.acquire(LEASE, holder, ttl);
            unreachableSaid = false;
        } catch (RuntimeException e) {
            if (!unreachableSaid) {
                log.warn("Telegram polling lease cannot be asked for: {}", e.getMessage());
                unreachableSaid = true;
            }
            granted = null;
        }
        settle(granted, asked);
    }

    /** {@code granted} null: the store could not be asked; the lapse watch ends the turn in time. */
    private synchronized void settle(Boolean granted, long asked) {
        if (timer == null) {
            return;
        }
        long until = asked + validNanos;
        if (Boolean.TRUE.equals(granted) && until - System.nanoTime() > 0) {
            validUntil = until;
            watchLapse(until);
            if (!leading) {
                lead();
            }
        } else if (Boolean.FALSE.equals(granted) && leading) {
            log.warn("Telegram polling lease is held by another instance: this one stops polling");
            stepDown();
        }
    }

    private void lead() {
        try {
            polling.start();
            leading = true;
            log.info("Telegram long polling: this instance holds the polling lease ({})", holder);
        } catch (TelegramApiException | RuntimeException e) {
            // give the turn up: another instance may reach Telegram
            log.warn("Telegram long polling could not start, retrying: {}", e.getMessage());
            stepDown();
            release();
        }
    }

    private void watchLapse(long until) {
        if (lapse != null) {
            lapse.cancel(false);
        }
        lapse = timer.schedule(this::lapsed, until - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    private synchronized void lapsed() {
        if (leading && System.nanoTime() - validUntil >= 0) {
            log.warn("Telegram polling lease could not be renewed in time: this instance stops polling until it can");
            stepDown();
        }
    }

    private void stepDown() {
        leading = false;
        if (lapse != null) {
            lapse.cancel(false);
            lapse = null;
        }
        polling.stop();
    }

    private void release() {
        try {
            leases.release(LEASE, holder);
        } catch (RuntimeException e) {
            log.info("Telegram polling lease not released ({}): it lapses by itself", e.getMessage());
        }
    }

    /** Host and process, for whoever looks at the lease in Redis, and a random part unique to this start. */
    private static String holderName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
