package vn.motcua.adapters.delivery;

import java.util.List;
import vn.motcua.adapters.WorkQueue;
import vn.motcua.bot.delivery.Outbox;

/** The outbox kept in a work queue (in Redis: it outlives this instance, see {@code WorkQueues}). */
final class QueuedOutbox implements Outbox, AutoCloseable {
    private final WorkQueue<OutgoingReply> queue;
    private final AutoCloseable fallback;

    /** {@code fallback}: the file outbox behind {@code queue} while Redis is away, closed with this one. */
    QueuedOutbox(WorkQueue<OutgoingReply> queue, AutoCloseable fallback) {
        this.queue = queue;
        this.fallback = fallback;
    }

    /** Writes the file outbox's pending removals, so a restart does not do their work a second time. */
    @Override
    public void close() throws Exception {
        fallback.close();
    }

    @Override
    public void add(OutgoingReply reply) {
        queue.put(reply);
    }

    @Override
    public void update(OutgoingReply reply) {
        queue.put(reply);
    }

    @Override
    public void remove(String id) {
        queue.remove(id);
    }

    @Override
    public List<OutgoingReply> all() {
        return queue.entries();
    }

    /** An outbox seen as a work queue: the file outbox as the place to keep replies while Redis is away. */
    static WorkQueue<OutgoingReply> asWorkQueue(Outbox outbox) {
        return new WorkQueue<>() {
            @Override
            public void put(OutgoingReply entry) {
                outbox.update(entry);
            }

            @Override
            public void remove(String id) {
                outbox.remove(id);
            }

            @Override
            public List<OutgoingReply> entries() {
                return outbox.all();
            }
        };
    }
}
