package vn.motcua.adapters.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * Admin actions of this instance, appended to a JSON Lines file under the data dir (one whole line per
 * write) and the latest kept in memory for the console's audit page.
 */
class FileAuditTrail implements AdminAuditTrail {
    private static final Logger log = LoggerFactory.getLogger(FileAuditTrail.class);

    private final ObjectMapper mapper = ProcedureJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final Deque<Entry> recent = new ArrayDeque<>();

    FileAuditTrail(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        remember(mapper.readValue(line, Entry.class));
                    } catch (IOException e) {
                        log.warn("Skipping a damaged line in {}", file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    @Override
    public synchronized void append(Entry entry) {
        try {
            Files.write(file, (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log " + file, e);
        }
        remember(entry);
    }

    @Override
    public synchronized List<Entry> latest() {
        return new ArrayList<>(recent);
    }

    private void remember(Entry entry) {
        recent.addFirst(entry);
        while (recent.size() > SHOWN) {
            recent.removeLast();
        }
    }
}
