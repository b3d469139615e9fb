package vn.motcua.bot.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
    public synchronized void record(UnansweredQuestion q) {
        // not all().get(0): that copies the whole inbox (up to its capacity) for every question
        InboxQuestion opened = open(q);
        put(opened);
        append(opened);
    }

    @Override
    public synchronized boolean resolve(String id, Resolution resolution) {
        if (!super.resolve(id, resolution)) {
            return false;
        }
        append(find(id).orElseThrow());
        return true;
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

    private void append(InboxQuestion q) {
        try {
            byte[] line = (mapper.writeValueAsString(q) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the unanswered questions to " + file, e);
        }
    }
}
