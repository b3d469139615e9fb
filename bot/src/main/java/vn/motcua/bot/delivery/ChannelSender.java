package vn.motcua.bot.delivery;

import java.util.List;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** Puts one reply on the wire of one channel (each channel adapter provides one) and says how it went. */
public interface ChannelSender {

    Channel channel();

    /** How fast this channel accepts messages. */
    Pace pace();

    /**
     * The messages this channel sends {@code reply} as: a channel with a length limit splits a long
     * reply (see {@link vn.motcua.bot.rendering.ReplyParts}). Each part is queued on its own, so a
     * retry after a failure in the middle never sends again a part the recipient already got.
     */
    default List<Reply> parts(Reply reply) {
        return List.of(reply);
    }

    SendResult send(String recipient, Reply reply);
}
