package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An insertion-ordered map held in memory, each change appended to a journal on disk ({@link MapJournal}):
 * a change costs one line, not a rewrite of every entry, so an outbox holding hundreds of replies during
 * a burst does not turn each sent reply into a write of all the others. The Redis stores replace it when
 * instances share state.
 *
 * <p>A change returns once the journal holds it on disk, but flushes are shared (group commit): changes
 * made while one append and fsync is in progress all go out with the next one, and the map is never
 * locked during a write. When the journal has grown to several times the number of entries, the writer
 * of the moment compacts it (a new snapshot, an empty journal).
 */
final class PersistentMap<V> {
    private static final Logger log = LoggerFactory.getLogger(PersistentMap.class);
    /** Compact when the journal holds this many changes per live entry, on top of {@link #COMPACT_AFTER}. */
    static final int CHANGES_PER_ENTRY = 4;
    /** A small map (an outbox between bursts is nearly empty) is compacted every this many changes. */
    static final int COMPACT_AFTER = 1_000;

    private final LinkedHashMap<String, V> entries;
    private final MapJournal<V> journal;
    private final int compactAfter;
    private final Object writing = new Object();
    private final ByteArrayOutputStream unwritten = new ByteArrayOutputStream(); // guarded by this
    private int unwrittenChanges; // guarded by this
    private long changes; // guarded by this
    private long written; // guarded by writing
    private boolean flushScheduled; // guarded by this
    private ExecutorService flusher; // guarded by this, started on first use

    PersistentMap(Path path, ObjectMapper json, Class<V> valueType) {
        this(path, json, valueType, COMPACT_AFTER);
    }

    PersistentMap(Path path, ObjectMapper json, Class<V> valueType, int compactAfter) {
        this.journal = new MapJournal<>(path, json, valueType);
        this.entries = journal.load();
        this.compactAfter = compactAfter;
    }

    synchronized boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    void put(String key, V value) {
        update(map -> {
            map.put(key, value);
            return true;
        });
    }

    void remove(String key) {
        update(map -> map.remove(key) != null);
    }

    /**
     * Removes {@code key} at once in memory and on disk with the next flush, which this starts but does
     * not wait for (it takes one fsync, tens of milliseconds on a busy disk). Only for removals whose loss
     * in a crash just repeats work already done: an answered message answered again, a sent reply sent
     * again, as a crash between the work and its removal would anyway.
     */
    void removeSoon(String key) {
        long mine;
        synchronized (this) {
            RecordingEntries<V> view = new RecordingEntries<>(entries);
            view.remove(key);
            mine = queue(view.changes());
            if (mine == 0 || flushScheduled) {
                return; // nothing to remove, or the flush already scheduled takes this one too
            }
            flushScheduled = true;
        }
        flusher().execute(() -> {
            long upTo;
            synchronized (this) {
                flushScheduled = false;
                upTo = changes; // removals queued while this was scheduled did not schedule their own
            }
            try {
                persist(upTo);
            } catch (RuntimeException e) {
                log.error("Could not write removals to {}; the next change tries again", journal, e);
            }
        });
    }

    /**
     * Applies {@code change} to the entries atomically and returns what it returned; when it changed them,
     * returns only once the change is on disk. The change sees a view that notes its puts and removals.
     */
    boolean update(Predicate<Map<String, V>> change) {
        long mine;
        boolean result;
        synchronized (this) {
            RecordingEntries<V> view = new RecordingEntries<>(entries);
            result = change.test(view);
            mine = queue(view.changes());
        }
        if (mine > 0) {
            persist(mine);
        }
        return result;
    }

    /** Queues the journal line of a change just made; its number, or 0 when it changed nothing. */
    private long queue(List<Change<V>> made) {
        if (made.isEmpty()) {
            return 0;
        }
        // encoded here, under the lock, so the journal's lines are in the order the changes were made
        unwritten.writeBytes(journal.line(made));
        unwrittenChanges++;
        return ++changes;
    }

    private void persist(long change) {
        synchronized (writing) {
            if (written >= change) {
                return; // the append that just finished held this change too
            }
            byte[] batch;
            int count;
            long upTo;
            LinkedHashMap<String, V> compacted = null;
            synchronized (this) {
                batch = unwritten.toByteArray();
                count = unwrittenChanges;
                upTo = changes;
                unwritten.reset();
                unwrittenChanges = 0;
                if (journal.changesInJournal() + count > compactAfter + CHANGES_PER_ENTRY * entries.size()) {
                    compacted = new LinkedHashMap<>(entries); // holds the batch as well
                }
            }
            try {
                if (compacted != null) {
                    journal.compact(compacted);
                } else {
                    journal.append(batch, count);
                }
            } catch (IOException | RuntimeException e) {
                synchronized (this) { // the next writer tries them again, before what came since
                    byte[] since = unwritten.toByteArray();
                    unwritten.reset();
                    unwritten.writeBytes(batch);
                    unwritten.writeBytes(since);
                    unwrittenChanges += count;
                }
                throw e instanceof IOException io ? new UncheckedIOException("Could not write " + journal, io)
                        : (RuntimeException) e;
            }
            written = upTo;
        }
    }

    /** Writes what {@link #removeSoon} left to write and closes the journal: a stop, not a crash. */
    void close() {
        ExecutorService running;
        long upTo;
        synchronized (this) {
            running = flusher;
            flusher = null; // a removal made by work finishing during the stop starts a new one
            upTo = changes;
        }
        if (running != null) {
            running.shutdown();
        }
        persist(upTo);
        synchronized (writing) {
            journal.close();
        }
    }

    private synchronized ExecutorService flusher() {
        if (flusher == null) {
            flusher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "flushing-" + journal.name());
                t.setDaemon(true);
                return t;
            });
        }
        return flusher;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
