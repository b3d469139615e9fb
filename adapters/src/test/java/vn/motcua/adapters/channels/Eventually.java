package vn.motcua.adapters.channels;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, briefly and with a bound, for something asynchronous to happen. */
final class Eventually {
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
