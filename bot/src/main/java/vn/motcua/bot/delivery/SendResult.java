package vn.motcua.bot.delivery;

import java.time.Duration;

/** What became of one send: taken by the channel, to try again later, or never deliverable. */
public sealed interface SendResult {

    Sent SENT = new Sent();

    record Sent() implements SendResult {
    }

    /** A 429 or 5xx, a timeout: try again, not before {@code after} (the channel's retry_after when it gave one). */
    record RetryLater(Duration after, String reason) implements SendResult {
    }

    /** Blocked by the user, opted out, outside the free-reply window...: retrying would not help. */
    record Undeliverable(String reason) implements SendResult {
    }
}
