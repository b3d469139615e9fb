package vn.motcua.bot.delivery;

import java.util.ArrayList;
import java.util.List;

/** An outbox in a list, for tests. */
public class ListOutbox implements Outbox {
    private final List<OutgoingReply> entries = new ArrayList<>();

    @Override
    public synchronized void add(OutgoingReply reply) {
        entries.add(reply);
    }

    @Override
    public synchronized void update(OutgoingReply reply) {
        entries.replaceAll(e -> e.id().equals(reply.id()) ? reply : e);
    }

    @Override
    public synchronized void remove(String id) {
        entries.removeIf(e -> e.id().equals(id));
    }

    @Override
    public synchronized List<OutgoingReply> all() {
        return List.copyOf(entries);
    }
}
