package vn.motcua.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Keeps one channel within its {@link Pace}; used by one delivering thread at a time. */
final class Throttle {
    private final Pace pace;
    private final Deque<Instant> lastSecond = new ArrayDeque<>();
    private final Map<String, Instant> lastByRecipient = new HashMap<>();

    Throttle(Pace pace) {
        this.pace = pace;
    }

    /** Zero when a message to the recipient may go now, else how long to wait. */
    Duration waitFor(String recipient, Instant now) {
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().isAfter(now.minusSeconds(1))) {
            lastSecond.pollFirst();
        }
        Duration overall = lastSecond.size() < pace.perSecond()
                ? Duration.ZERO
                : Duration.between(now, lastSecond.peekFirst().plusSeconds(1));
        Instant last = lastByRecipient.get(recipient);
        Duration own = last == null ? Duration.ZERO : Duration.between(now, last.plus(pace.perRecipient()));
        Duration wait = overall.compareTo(own) >= 0 ? overall : own;
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    void sent(String recipient, Instant now) {
        lastSecond.addLast(now);
        lastByRecipient.put(recipient, now);
        if (lastByRecipient.size() > 10_000) {
            Instant cutoff = now.minus(pace.perRecipient());
            lastByRecipient.values().removeIf(t -> t.isBefore(cutoff));
        }
    }
}
