package vn.motcua.bot.dossier;

import java.time.Duration;

/**
 * How many wrong tries a sender and a code may have within {@code window} before they are locked out for
 * {@code lockOut}; and how long an opened dossier stays open for following it.
 */
public record LookupLimits(int failuresPerSender, int failuresPerCode, Duration window, Duration lockOut,
                           Duration openFor) {

    public static LookupLimits defaults() {
        return new LookupLimits(5, 10, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));
    }
}
