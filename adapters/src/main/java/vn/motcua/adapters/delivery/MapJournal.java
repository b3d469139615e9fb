package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.AtomicJsonFile;

/**
 * The files behind one {@link PersistentMap}: a snapshot of its entries ({@code NAME.snapshot.json}) and
 * a journal of the changes made since ({@code NAME.journal}), one JSON line per change. Appending a line
 * costs the same whatever the number of entries; when the journal holds several times more changes than
 * the map has entries, {@link #compact} writes a new snapshot and starts an empty journal.
 *
 * <p>Crash safety: the snapshot is replaced atomically (temporary file, fsync, rename, fsync of the
 * directory). Snapshot and journal carry a generation: a journal older than the snapshot (a compaction
 * stopped between writing the snapshot and starting the new journal) is already in the snapshot and is
 * not replayed. A process killed in the middle of an append leaves a torn last line, which loading
 * ignores and cuts off. The whole-map file of earlier versions ({@code NAME.json}) is read once and
 * becomes the first snapshot.
 *
 * <p>Loading changes no file unless it migrates or sets an unreadable one aside: cutting off a torn tail
 * and starting a new journal wait for the first write, so reading the files of a running instance (a
 * test, a tool) cannot cut a line the instance is appending. Not thread-safe: {@link PersistentMap}
 * calls it from one writer at a time.
 */
final class MapJournal<V> {
    private static final Logger log = LoggerFactory.getLogger(MapJournal.class);

    /** One snapshot: the entries as they were after every journal older than {@code generation}. */
    record Snapshot<V>(long generation, LinkedHashMap<String, V> entries) {
    }

    private final Path legacy;
    private final Path snapshot;
    private final Path journal;
    private final ObjectMapper json;
    private final ObjectWriter writer;
    private final ObjectReader values;
    private final JavaType snapshotType;
    private final JavaType legacyType;
    private FileChannel appending; // null until a journal of the current generation is open
    private boolean rotating; // a compaction wrote its snapshot and has yet to start the new journal
    private boolean damaged; // a failed append could not be cut off
    private long cutAt = -1; // where the first append cuts off a torn or damaged tail found at load
    private long generation;
    private int changesInJournal;

    /** {@code path} names the map ({@code dir/outbox.json}); the earlier whole-map file had that name. */
    MapJournal(Path path, ObjectMapper json, Class<V> valueType) {
        String name = path.getFileName().toString().replaceFirst("\\.json$", "");
        this.legacy = path;
        this.snapshot = path.resolveSibling(name + ".snapshot.json");
        this.journal = path.resolveSibling(name + ".journal");
        this.json = json;
        this.writer = json.writer().without(SerializationFeature.INDENT_OUTPUT); // one line per change
        this.values = json.readerFor(valueType);
        this.snapshotType = json.getTypeFactory().constructParametricType(Snapshot.class, valueType);
        this.legacyType = json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, valueType);
    }

    /** Reads the snapshot, replays the journal and opens it for appending; migrates the legacy file. */
    LinkedHashMap<String, V> load() {
        try {
            LinkedHashMap<String, V> entries = new LinkedHashMap<>();
            boolean snapshotRead = readSnapshot(entries);
            if (!snapshotRead && Files.exists(legacy)) {
                migrateLegacy(entries);
                return entries;
            }
            if (snapshotRead && Files.exists(legacy)) {
                Files.delete(legacy); // a migration stopped after writing its snapshot
            }
            replayJournal(entries, snapshotRead);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + journal, e);
        }
    }

    /** One journal line for a change made of {@code changes}, in order. */
    byte[] line(List<Change<V>> changes) {
        List<Map<String, Object>> line = new ArrayList<>(changes.size());
        for (Change<V> change : changes) {
            Map<String, Object> op = new LinkedHashMap<>();
            if (change instanceof Change.Put<V> put) {
                op.put("put", put.key());
                op.put("value", put.value());
            } else {
                op.put("remove", change.key());
            }
            line.add(op);
        }
        try {
            byte[] encoded = writer.writeValueAsBytes(line);
            byte[] withNewline = new byte[encoded.length + 1];
            System.arraycopy(encoded, 0, withNewline, 0, encoded.length);
            withNewline[encoded.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a change for " + journal, e);
        }
    }

    /** Appends whole lines and returns once they are on disk. */
    void append(byte[] lines, int changes) throws IOException {
        if (appending == null && rotating) {
            startJournal(); // none yet, or a compaction wrote its snapshot but did not start the new journal
        } else if (appending == null) {
            openForAppending(); // first write since loading, or since a stop (work finishing)
        }
        long end = appending.position();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines);
            while (buffer.hasRemaining()) {
                appending.write(buffer);
            }
            appending.force(false);
        } catch (IOException e) {
            try {
                appending.truncate(end); // no half line for the next append to continue
                appending.position(end);
            } catch (IOException ignored) {
                damaged = true; // lines after a torn one would not be read: compact at the next write
            }
            throw e;
        }
        changesInJournal += changes;
    }

    /** Changes appended since the last snapshot; very many when the journal must be replaced. */
    int changesInJournal() {
        return damaged ? Integer.MAX_VALUE / 2 : changesInJournal;
    }

    /** Writes {@code entries} as the new snapshot and starts an empty journal. */
    void compact(LinkedHashMap<String, V> entries) throws IOException {
        long next = generation + 1;
        writeAtomically(snapshot, writer.writeValueAsBytes(new Snapshot<>(next, entries)));
        generation = next;
        rotating = true;
        closeJournal();
        startJournal();
    }

    void close() {
        try {
            closeJournal();
        } catch (IOException e) {
            log.warn("Could not close {}: {}", journal, e.getMessage());
        }
    }

    private boolean readSnapshot(LinkedHashMap<String, V> entries) throws IOException {
        if (!Files.exists(snapshot)) {
            return false;
        }
        try {
            Snapshot<V> read = json.readValue(snapshot.toFile(), snapshotType);
            entries.putAll(read.entries());
            generation = read.generation();
            return true;
        } catch (IOException e) {
            // written atomically, so this is damage from outside: keep it for a person to look at
            Path aside = setAside(snapshot);
            log.error("Could not read {} ({}); moved it to {}, replaying the journal alone", snapshot, e.getMessage(), aside);
            generation = -1;
            return false;
        }
    }

    private void migrateLegacy(LinkedHashMap<String, V> entries) throws IOException {
        new AtomicJsonFile<LinkedHashMap<String, V>>(legacy, json, new TypeReference<>() {
            @Override
            public Type getType() {
                return legacyType;
            }
        }).read().ifPresent(entries::putAll);
        compact(entries);
        Files.deleteIfExists(legacy);
        log.info("Moved {} entries from {} to {} and {}", entries.size(), legacy, snapshot, journal);
    }

    private void replayJournal(LinkedHashMap<String, V> entries, boolean snapshotRead) throws IOException {
        if (!Files.exists(journal)) {
            generation = Math.max(generation, 0);
            rotating = true;
            return;
        }
        byte[] bytes = Files.readAllBytes(journal);
        int headerEnd = indexOf(bytes, 0);
        Long journalGeneration = headerEnd < 0 ? null : generationIn(bytes, headerEnd);
        if (journalGeneration == null) {
            Path aside = setAside(journal);
            log.error("{} has no readable first line (its generation); moved it to {} and starting a new journal", journal, aside);
            generation = Math.max(generation, 0);
            rotating = true;
            return;
        }
        if (snapshotRead && journalGeneration < generation) {
            rotating = true; // already in the snapshot: a compaction stopped before starting the new journal
            return;
        }
        if (snapshotRead && journalGeneration > generation) {
            log.error("{} is generation {} but {} only {}: changes in between are lost", journal, journalGeneration,
                    snapshot, generation);
        }
        generation = journalGeneration;
        int start = headerEnd + 1;
        int replayed = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, start);
            List<Change<V>> changes = end < 0 ? null : changes(bytes, start, end);
            if (changes == null) {
                reportTail(bytes, start);
                cutAt = start;
                break;
            }
            for (Change<V> change : changes) {
                if (change instanceof Change.Put<V> put) {
                    entries.put(put.key(), put.value());
                } else {
                    entries.remove(change.key());
                }
            }
            replayed++;
            start = end + 1;
        }
        changesInJournal = replayed;
    }

    /** What follows the last whole line was never acknowledged, or is damaged: the first append cuts it off. */
    private void reportTail(byte[] bytes, int from) throws IOException {
        boolean moreLines = false;
        for (int at = indexOf(bytes, from); at >= 0 && at + 1 < bytes.length; at = indexOf(bytes, at + 1)) {
            moreLines = true; // a bad line with whole lines after it is more than an interrupted append
        }
        if (moreLines) {
            Path copy = journal.resolveSibling(journal.getFileName() + ".unreadable");
            Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
            log.error("{} has an unreadable line at byte {} followed by more; kept a copy in {} and replayed the lines before it",
                    journal, from, copy);
        } else {
            log.warn("Ignoring the torn last line of {} ({} bytes): the process stopped while appending it",
                    journal, bytes.length - from);
        }
    }

    /** The generation in the journal's first line, or null when it has none. */
    private Long generationIn(byte[] bytes, int end) {
        try {
            JsonNode node = json.readTree(new String(bytes, 0, end, StandardCharsets.UTF_8));
            return node != null && node.path("generation").isIntegralNumber() ? node.get("generation").asLong() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The changes of one line, or null when it is not a whole, readable line. */
    private List<Change<V>> changes(byte[] bytes, int start, int end) {
        try {
            JsonNode line = json.readTree(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (line == null || !line.isArray()) {
                return null;
            }
            List<Change<V>> changes = new ArrayList<>(line.size());
            for (JsonNode op : line) {
                if (op.path("put").isTextual() && op.hasNonNull("value")) {
                    changes.add(new Change.Put<>(op.get("put").asText(), values.readValue(op.get("value"))));
                } else if (op.path("remove").isTextual()) {
                    changes.add(new Change.Remove<>(op.get("remove").asText()));
                } else {
                    return null;
                }
            }
            return changes;
        } catch (IOException e) {
            return null;
        }
    }

    /** A new, empty journal of the current generation, in place of the old one. */
    private void startJournal() throws IOException {
        byte[] header = writer.writeValueAsBytes(Map.of("generation", generation));
        byte[] line = new byte[header.length + 1];
        System.arraycopy(header, 0, line, 0, header.length);
        line[header.length] = '\n';
        writeAtomically(journal, line);
        cutAt = -1; // that was the old file's tail
        openForAppending();
        rotating = false;
        damaged = false;
        changesInJournal = 0;
    }

    private void openForAppending() throws IOException {
        appending = FileChannel.open(journal, StandardOpenOption.WRITE);
        if (cutAt >= 0) {
            appending.truncate(cutAt);
            cutAt = -1;
        }
        appending.position(appending.size());
    }

    private void closeJournal() throws IOException {
        FileChannel open = appending;
        appending = null;
        if (open != null) {
            open.close();
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true); // the rename itself survives a power cut
        }
    }

    private static Path setAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The map's name, for thread names. */
    String name() {
        return journal.getFileName().toString().replaceFirst("\\.journal$", "");
    }

    @Override
    public String toString() {
        return journal.toString();
    }
}
