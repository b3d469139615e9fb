package vn.motcua.bot.flow;

import java.util.List;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;

/** What one message did to a conversation: its new state, the replies, and the intent to report. */
public record Turn(Conversation conversation, List<Reply> replies, Intent intent) {
    public Turn {
        replies = List.copyOf(replies);
    }

    /** The flow has finished and does not answer this message: the assistant reads it afresh. */
    public static Turn handBack(Conversation conversation) {
        return new Turn(conversation.idle(), List.of(), null);
    }

    public boolean handedBack() {
        return replies.isEmpty() && conversation.flow() == null && intent == null;
    }
}
