package vn.motcua.bot.message;

import java.util.List;

/**
 * Sends replies to a citizen on one channel outside of a request/response exchange (notifications,
 * asynchronous webhook answers). Each channel adapter provides one; the core picks it by channel.
 */
public interface OutboundChannel {

    Channel channel();

    /** Sends the replies to the recipient (the channel's own sender id); failures are the adapter's to retry. */
    void send(String recipient, List<Reply> replies);
}
