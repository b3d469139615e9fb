package vn.motcua.bot.delivery;

import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** Puts one reply on the wire of one channel (each channel adapter provides one) and says how it went. */
public interface ChannelSender {

    Channel channel();

    /** How fast this channel accepts messages. */
    Pace pace();

    SendResult send(String recipient, Reply reply);
}
