package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.bot.receiving.Redeliveries;

/**
 * Delivery ids seen in the last day (at most {@code capacity}), kept across restarts: Telegram polls an
 * unconfirmed update again after a restart, and platforms retry webhooks for minutes, not days.
 */
class FileRedeliveries implements Redeliveries {
    private final PersistentMap<Instant> seen;
    private final int capacity;
    private final Duration remembered;
    private final Clock clock;

    FileRedeliveries(Path file, ObjectMapper json, int capacity, Duration remembered, Clock clock) {
        this.seen = new PersistentMap<>(file, json, Instant.class);
        this.capacity = capacity;
        this.remembered = remembered;
        this.clock = clock;
    }

    @Override
    public synchronized boolean firstDelivery(String deliveryId) {
        if (seen.containsKey(deliveryId)) {
            return false;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(remembered);
        int[] excess = {seen.size() + 1 - capacity};
        seen.removeOldest(e -> excess[0]-- > 0 || e.getValue().isBefore(cutoff));
        seen.put(deliveryId, now);
        return true;
    }

    @Override
    public synchronized void forget(String deliveryId) {
        seen.remove(deliveryId);
    }
}
