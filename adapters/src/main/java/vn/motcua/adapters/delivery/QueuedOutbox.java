package vn.motcua.adapters.delivery;

import java.util.List;
import vn.motcua.adapters.WorkQueue;
import vn.motcua.bot.delivery.Outbox;

/** The outbox kept in a work queue (in Redis: it outlives this instance, see {@code WorkQueues}). */
final class QueuedOutbox implements Outbox {
    private final WorkQueue<OutgoingReply> queue;

    QueuedOutbox(WorkQueue<OutgoingReply> queue) {
        this.queue = queue;
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
