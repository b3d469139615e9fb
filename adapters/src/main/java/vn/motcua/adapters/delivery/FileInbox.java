package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.bot.receiving.Inbox;

/** Received, not yet answered messages, in a file under the data dir. */
class FileInbox implements Inbox, AutoCloseable {
    private final PersistentMap<PendingMessage> pending;

    FileInbox(Path file, ObjectMapper json) {
        this.pending = new PersistentMap<>(file, json, PendingMessage.class);
    }

    @Override
    public void keep(PendingMessage message) {
        pending.put(message.deliveryId(), message);
    }

    /** Does not wait for the disk: lost in a crash, the message is only answered again. */
    @Override
    public void answered(String deliveryId) {
        pending.removeSoon(deliveryId);
    }

    @Override
    public List<PendingMessage> pending() {
        return pending.values();
    }

    /** At a stop, writes the removals that did not wait for the disk (Spring calls it on shutdown). */
    @Override
    public void close() {
        pending.close();
    }
}
