package vn.motcua.adapters.postal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.WorkQueue;

/** The partner outbox in {@code <data-dir>/postal/outbox.json}, written whole (atomically) on every change. */
final class OutboxFile implements WorkQueue<OutboxEntry> {
    private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();
    private final AtomicJsonFile<List<OutboxEntry>> file;

    OutboxFile(AtomicJsonFile<List<OutboxEntry>> file) {
        this.file = file;
        file.read().orElse(List.of()).forEach(e -> entries.put(e.reference(), e));
    }

    @Override
    public synchronized void put(OutboxEntry entry) {
        entries.put(entry.reference(), entry);
        file.writeDurably(List.copyOf(entries.values())); // an order owed to the post office survives a power cut
    }

    @Override
    public synchronized void remove(String reference) {
        if (entries.remove(reference) != null) {
            file.writeDurably(List.copyOf(entries.values())); // an order owed to the post office survives a power cut
        }
    }

    @Override
    public synchronized List<OutboxEntry> entries() {
        return List.copyOf(entries.values());
    }
}
