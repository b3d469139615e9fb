package vn.motcua.bot.receiving;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-sender rate limit: a sender may send {@code burst} messages at once, then one per
 * {@code refillEvery}. Others are unaffected. Switched off as a whole for load tests.
 */
public interface FloodGuard {

    Admission admit(String sender, Limit limit, Instant now);

    /** A guard that admits everything ({@code assistant.rate-limits.enabled=false}). */
    static FloodGuard off() {
        return (sender, limit, now) -> Admission.ADMITTED;
    }

    record Limit(int burst, Duration refillEvery) {
        public Limit {
            if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
                throw new IllegalArgumentException("a limit needs a burst >= 1 and a positive refill interval");
            }
        }
    }

    /** Admitted; refused for the first time (tell the sender politely); refused again (stay quiet). */
    enum Admission {
        ADMITTED, SLOW_DOWN, IGNORED
    }
}
