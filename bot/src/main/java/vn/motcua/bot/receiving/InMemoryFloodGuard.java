package vn.motcua.bot.receiving;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets per sender in this process (Redis shares them between instances). */
public class InMemoryFloodGuard implements FloodGuard {
    private static final int SWEEP_ABOVE = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Admission admit(String sender, Limit limit, Instant now) {
        Admission[] result = new Admission[1];
        buckets.compute(sender, (key, bucket) -> {
            Bucket b = (bucket == null ? Bucket.full(limit, now) : bucket).refilled(limit, now);
            if (b.tokens() >= 1) {
                result[0] = Admission.ADMITTED;
                return new Bucket(b.tokens() - 1, now, false);
            }
            result[0] = b.warned() ? Admission.IGNORED : Admission.SLOW_DOWN;
            return new Bucket(b.tokens(), now, true);
        });
        if (buckets.size() > SWEEP_ABOVE) {
            Instant idle = now.minus(Duration.ofMinutes(10));
            buckets.values().removeIf(b -> b.at().isBefore(idle));
        }
        return result[0];
    }

    /** Tokens left at {@code at}; {@code warned} once the sender was told to slow down in this refusal run. */
    private record Bucket(double tokens, Instant at, boolean warned) {
        static Bucket full(Limit limit, Instant now) {
            return new Bucket(limit.burst(), now, false);
        }

        Bucket refilled(Limit limit, Instant now) {
            double elapsed = Math.max(0, Duration.between(at, now).toNanos());
            double tokens = Math.min(limit.burst(), this.tokens + elapsed / limit.refillEvery().toNanos());
            return new Bucket(tokens, at, warned && tokens < 1);
        }
    }
}
