package vn.motcua.bot.delivery;

import java.time.Instant;
import java.util.List;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** Replies not yet taken by their channel; kept so that a restart does not lose them. */
public interface Outbox {

    void add(OutgoingReply reply);

    /** Replaces the entry with the same id (a retry scheduled). */
    void update(OutgoingReply reply);

    void remove(String id);

    /** Every entry, in the order they were added. */
    List<OutgoingReply> all();

    /** One reply to one recipient; {@code sequence} keeps a recipient's replies in order. */
    record OutgoingReply(String id, long sequence, Channel channel, String recipient, Reply reply,
                         int attempts, Instant notBefore, Instant createdAt) {

        OutgoingReply retry(Instant when) {
            return new OutgoingReply(id, sequence, channel, recipient, reply, attempts + 1, when, createdAt);
        }
    }
}
