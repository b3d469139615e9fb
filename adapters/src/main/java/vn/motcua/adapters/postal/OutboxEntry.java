package vn.motcua.adapters.postal;

import java.time.Instant;

/** A booking waiting to reach the post office: how often it was tried, when next, and why it failed last. */
record OutboxEntry(String reference, int attempts, Instant nextAttemptAt, String lastError) {

    OutboxEntry failed(String error, Instant next) {
        return new OutboxEntry(reference, attempts + 1, next, error);
    }
}
