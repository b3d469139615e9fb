package vn.motcua.bot.conversation;

import java.util.Optional;
import vn.motcua.bot.message.ConversationKey;

/** Keeps conversations between messages (in memory by default, Redis when instances share state). */
public interface ConversationStore {

    Optional<Conversation> find(ConversationKey key);

    void save(Conversation conversation);
}
