package vn.motcua.adapters.delivery;

import java.util.List;
import vn.motcua.adapters.WorkQueue;
import vn.motcua.bot.receiving.Inbox;

/** The inbox kept in a work queue (in Redis: it outlives this instance, see {@code WorkQueues}). */
final class QueuedInbox implements Inbox, AutoCloseable {
    private final WorkQueue<PendingMessage> queue;
    private final AutoCloseable fallback;

    /** {@code fallback}: the file inbox behind {@code queue} while Redis is away, closed with this one. */
    QueuedInbox(WorkQueue<PendingMessage> queue, AutoCloseable fallback) {
        this.queue = queue;
        this.fallback = fallback;
    }

    /** Writes the file inbox's pending removals, so a restart does not do their work a second time. */
    @Override
    public void close() throws Exception {
        fallback.close();
    }

    @Override
    public void keep(PendingMessage message) {
        queue.put(message);
    }

    @Override
    public void answered(String deliveryId) {
        queue.remove(deliveryId);
    }

    @Override
    public List<PendingMessage> pending() {
        return queue.entries();
    }

    /** An inbox seen as a work queue: the file inbox as the place to keep messages while Redis is away. */
    static WorkQueue<PendingMessage> asWorkQueue(Inbox inbox) {
        return new WorkQueue<>() {
            @Override
            public void put(PendingMessage entry) {
                inbox.keep(entry);
            }

            @Override
            public void remove(String id) {
                inbox.answered(id);
            }

            @Override
            public List<PendingMessage> entries() {
                return inbox.pending();
            }
        };
    }
}
