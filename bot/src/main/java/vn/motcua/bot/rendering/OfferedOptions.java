package vn.motcua.bot.rendering;

import java.util.List;
import java.util.Optional;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply.Option;

/**
 * The options last shown to a citizen, so that "2" (typed on SMS or Zalo, or a Telegram button whose
 * value was too long for its callback data) picks the second one.
 */
public interface OfferedOptions {

    /** Replaces what was offered before; an empty list forgets it. */
    void offer(ConversationKey key, List<Option> options);

    /** The option numbered {@code number} (from 1) in the last offer, if there is one. */
    Optional<Option> numbered(ConversationKey key, int number);
}
