package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.bot.delivery.Outbox;

/** Replies not yet taken by their channel, in a file under the data dir. */
class FileOutbox implements Outbox, AutoCloseable {
    private final PersistentMap<OutgoingReply> replies;

    FileOutbox(Path file, ObjectMapper json) {
        this.replies = new PersistentMap<>(file, json, OutgoingReply.class);
    }

    @Override
    public void add(OutgoingReply reply) {
        replies.put(reply.id(), reply);
    }

    @Override
    public void update(OutgoingReply reply) {
        replies.put(reply.id(), reply);
    }

    /** Does not wait for the disk: lost in a crash, the reply is only sent again. */
    @Override
    public void remove(String id) {
        replies.removeSoon(id);
    }

    @Override
    public List<OutgoingReply> all() {
        return replies.values();
    }

    /** At a stop, writes the removals that did not wait for the disk (Spring calls it on shutdown). */
    @Override
    public void close() {
        replies.close();
    }
}
