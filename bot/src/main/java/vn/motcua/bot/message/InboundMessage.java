package vn.motcua.bot.message;

import java.time.Instant;
import java.util.Objects;

/**
 * What a citizen sent, as every channel reduces it: who, where, the text, and the value of an option
 * they picked (a button press) if any.
 */
public record InboundMessage(Channel channel, String sender, String text, String chosenOption, Instant at) {
    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        text = text == null ? "" : text;
        at = at == null ? Instant.now() : at;
    }

    public static InboundMessage text(Channel channel, String sender, String text) {
        return new InboundMessage(channel, sender, text, null, Instant.now());
    }

    /** What to act on: the chosen option's value when there is one, else the typed text. */
    public String content() {
        return chosenOption != null && !chosenOption.isBlank() ? chosenOption : text;
    }

    public ConversationKey conversationKey() {
        return new ConversationKey(channel, sender);
    }
}
