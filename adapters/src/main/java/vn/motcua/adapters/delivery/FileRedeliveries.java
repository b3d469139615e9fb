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
    public boolean firstDelivery(String deliveryId) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(remembered);
        return seen.update(entries -> {
            if (entries.containsKey(deliveryId)) {
                return false;
            }
            var oldest = entries.entrySet().iterator();
            int excess = entries.size() + 1 - capacity;
            while (oldest.hasNext()) {
                Instant at = oldest.next().getValue();
                if (excess-- <= 0 && !at.isBefore(cutoff)) {
                    break;
                }
                oldest.remove();
            }
            entries.put(deliveryId, now);
            return true;
        });
    }

    @Override
    public void forget(String deliveryId) {
        seen.remove(deliveryId);
    }
}
