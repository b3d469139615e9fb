package vn.motcua.bot.delivery;

import java.time.Duration;

/**
 * A channel's sending limits: at most {@code perSecond} messages overall and one per
 * {@code perRecipient} to the same recipient (Telegram: 30/s and 1 s per chat).
 */
public record Pace(int perSecond, Duration perRecipient) {
    public Pace {
        if (perSecond < 1 || perRecipient.isNegative()) {
            throw new IllegalArgumentException("a pace needs perSecond >= 1 and a non-negative perRecipient");
        }
    }
}
