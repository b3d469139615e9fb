package vn.motcua.bot.dossier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent lookups in this process (bounded, oldest dropped first). */
public class InMemoryLookupAudit implements LookupAudit {
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final int capacity;

    public InMemoryLookupAudit(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(Entry entry) {
        entries.addFirst(entry);
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    /** Newest first. */
    @Override
    public synchronized List<Entry> recent() {
        return new ArrayList<>(entries);
    }
}
