package vn.motcua.bot.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * The inbox kept in a JSON Lines file: each line is the latest state of one question, so a restart
 * replays the file and the last line for an id wins. A line is written whole with one append; a
 * damaged last line (power cut) is skipped on replay. The file is compacted at start-up.
 */
public class FileUnansweredInbox extends InMemoryUnansweredInbox {
    private static final Logger log = LoggerFactory.getLogger(FileUnansweredInbox.class);
    private final ObjectMapper mapper = ProcedureJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final Queue<byte[]> unwritten = new ConcurrentLinkedQueue<>();
    private final Object pen = new Object();
    private FileChannel appending; // guarded by pen; opened on the first append

    public FileUnansweredInbox(Path file, int capacity) {
        super(capacity);
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                replay();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unanswered questions in " + file, e);
        }
    }

    @Override
    public void record(UnansweredQuestion q) {
        // the JSON line is made before taking the lock and written after it: every unanswered question
        // of every channel passes here, and under load the lock was where ask threads queued
        InboxQuestion opened = open(q);
        byte[] line = lineOf(opened);
        synchronized (this) {
            put(opened);
            unwritten.add(line); // in the order of the changes in memory
        }
        writeUnwritten();
    }

    @Override
    public boolean resolve(String id, Resolution resolution) {
        synchronized (this) {
            if (!super.resolve(id, resolution)) {
                return false;
            }
            unwritten.add(lineOf(find(id).orElseThrow()));
        }
        writeUnwritten();
        return true;
    }

    /**
     * Writes every queued line, oldest first, and returns once the caller's own line is in the file
     * (queued before the caller got here: written by the caller or by whoever held the pen before).
     */
    private void writeUnwritten() {
        synchronized (pen) {
            byte[] line;
            while ((line = unwritten.poll()) != null) {
                append(line);
            }
        }
    }

    private void replay() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                put(mapper.readValue(line, InboxQuestion.class));
            } catch (IOException e) {
                log.warn("Skipping a damaged line in {}: {}", file, e.getMessage());
            }
        }
        List<InboxQuestion> kept = all();
        if (lines.size() > kept.size()) {
            compact(kept);
        }
    }

    private void compact(List<InboxQuestion> newestFirst) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".unanswered", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (int i = newestFirst.size() - 1; i >= 0; i--) {
                    out.write(mapper.writeValueAsString(newestFirst.get(i)));
                    out.write('\n');
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private byte[] lineOf(InboxQuestion q) {
        try {
            return (mapper.writeValueAsString(q) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an unanswered question as JSON", e);
        }
    }

    /**
     * One write on a channel kept open in append mode: the line lands whole, after every line before
     * it (callers hold the pen). Opening and closing the file for each line cost more than the rest of
     * recording a question.
     */
    private void append(byte[] line) {
        try {
            if (appending == null) {
                appending = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                appending.write(buffer);
            }
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("cannot write the unanswered questions to " + file, e);
        }
    }

    private void closeQuietly() {
        try {
            if (appending != null) {
                appending.close();
            }
        } catch (IOException ignored) {
            // the next append opens the file again
        }
        appending = null;
    }
}
