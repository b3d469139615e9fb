package vn.motcua.bot.inbox;

import java.time.Instant;
import vn.motcua.bot.message.Channel;

/**
 * A question in the inbox: what was asked, where, why it is here ({@code out_of_scope},
 * {@code low_confidence} or {@code unhelpful}), the assistant's best guess, and how staff resolved it
 * ({@code null} while open).
 */
public record InboxQuestion(String id, String text, Channel channel, String reason, String bestGuessId, Instant at,
                            Resolution resolution) {

    public boolean open() {
        return resolution == null;
    }

    public InboxQuestion resolved(Resolution r) {
        return new InboxQuestion(id, text, channel, reason, bestGuessId, at, r);
    }
}
