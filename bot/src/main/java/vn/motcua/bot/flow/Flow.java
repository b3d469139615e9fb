package vn.motcua.bot.flow;

import java.util.List;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
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

    /**
     * The next message of the dialogue. A flow that returns {@link Turn#handBack} has finished and
     * leaves the message to the assistant, which reads it as a new request.
     */
    Turn next(Conversation conversation, InboundMessage message);

    /**
     * Whether a message holding a cancel word is really this flow's own command (the dossier lookup's
     * "HỦY THEO DÕI"): the assistant then hands it on instead of cancelling what is in progress.
     */
    default boolean ownsCommand(String text) {
        return false;
    }

    /** The citizen said "hủy" while this flow was in progress; a flow may undo what it did. */
    default Turn cancel(Conversation conversation) {
        return new Turn(conversation.idle(), List.of(Reply.text(
                "Đã hủy. Bạn cần hỏi gì khác, cứ nhắn cho tôi nhé.")), intent());
    }
}
