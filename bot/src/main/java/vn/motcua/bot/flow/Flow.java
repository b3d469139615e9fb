package vn.motcua.bot.flow;

import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.Understanding;

/**
 * A dialogue of several turns. The assistant starts it when a message has the flow's intent and
 * hands it every following message until the flow leaves (returns an idle conversation).
 */
public interface Flow {

    /** Stored in the conversation while this flow is in progress. */
    String name();

    Intent intent();

    Turn start(Conversation conversation, InboundMessage message, Understanding understanding);

    Turn next(Conversation conversation, InboundMessage message);

    /**
     * Whether a message holding a cancel word is really this flow's own command (the dossier lookup's
     * "HỦY THEO DÕI"): the assistant then hands it on instead of cancelling what is in progress.
     */
    default boolean ownsCommand(String text) {
        return false;
    }
}
