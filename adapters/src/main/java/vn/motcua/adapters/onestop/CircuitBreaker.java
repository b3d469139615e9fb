package vn.motcua.adapters.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a provincial system that keeps failing: after {@code failuresToOpen} failures in a row it
 * opens for {@code openFor}, during which calls fail at once; then one trial call is let through
 * (half-open), and its outcome closes or reopens it.
 */
final class CircuitBreaker {
    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialInFlight;

    CircuitBreaker(int failuresToOpen, Duration openFor, Clock clock) {
        this.failuresToOpen = failuresToOpen;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now. */
    synchronized boolean allows() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void succeeded() {
        failures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    synchronized void failed() {
        failures++;
        if (trialInFlight || failures >= failuresToOpen) {
            openUntil = clock.instant().plus(openFor);
        }
        trialInFlight = false;
    }

    synchronized boolean open() {
        return openUntil != null;
    }
}
