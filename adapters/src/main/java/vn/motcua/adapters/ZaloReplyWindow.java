package vn.motcua.adapters;

import java.time.Instant;
import java.util.Optional;

/**
 * Until when the Zalo OA may answer each citizen freely (the window opens with each message the citizen
 * sends). In process (a file under the data dir) or in Redis, so that a notice sent by any instance
 * sees a message received by another. A store that cannot be reached throws
 * {@link vn.motcua.bot.StoreUnavailable} when read.
 */
public interface ZaloReplyWindow {

    /** The citizen wrote: the window stays open until {@code closes}, unless it was already open longer. */
    void openUntil(String userId, Instant closes);

    /** When the window for this citizen closes; empty when they never wrote, or too long ago to remember. */
    Optional<Instant> closesFor(String userId);
}
