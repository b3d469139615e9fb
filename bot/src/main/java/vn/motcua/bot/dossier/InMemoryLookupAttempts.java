package vn.motcua.bot.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/** Failure windows, lock-outs and opened dossiers in this process; expired entries are dropped as it goes. */
public class InMemoryLookupAttempts implements LookupAttempts {
    private static final int PRUNE_ABOVE = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private final Map<String, Instant> openedUntil = new ConcurrentHashMap<>();
    private final LookupLimits limits;
    private final Clock clock;

    public InMemoryLookupAttempts(LookupLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> lockedOut(ConversationKey sender, DossierCode code) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil.get(senderKey(sender)), lockedUntil.get(codeKey(code)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @Override
    public void failed(ConversationKey sender, DossierCode code) {
        Instant now = clock.instant();
        count(senderKey(sender), limits.failuresPerSender(), now);
        count(codeKey(code), limits.failuresPerCode(), now);
        if (failures.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    @Override
    public void opened(ConversationKey sender, DossierCode code) {
        Instant now = clock.instant();
        openedUntil.put(sender.asString() + "|" + code.value(), now.plus(limits.openFor()));
        if (openedUntil.size() > PRUNE_ABOVE) {
            openedUntil.values().removeIf(until -> until.isBefore(now));
        }
    }

    @Override
    public boolean hasOpened(ConversationKey sender, DossierCode code) {
        Instant until = openedUntil.get(sender.asString() + "|" + code.value());
        return until != null && until.isAfter(clock.instant());
    }

    private void count(String key, int limit, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> window = times == null ? new ArrayDeque<>() : times;
            Instant start = now.minus(limits.window());
            while (!window.isEmpty() && !window.peekFirst().isAfter(start)) {
                window.removeFirst();
            }
            window.addLast(now);
            if (window.size() >= limit) {
                lockedUntil.put(k, now.plus(limits.lockOut()));
                window.clear();
            }
            return window;
        });
    }

    private void prune(Instant now) {
        Instant start = now.minus(limits.window());
        failures.entrySet().removeIf(e -> e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(start));
        lockedUntil.values().removeIf(until -> until.isBefore(now));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String senderKey(ConversationKey sender) {
        return "sender|" + sender.asString();
    }

    private static String codeKey(DossierCode code) {
        return "code|" + code.value();
    }
}
