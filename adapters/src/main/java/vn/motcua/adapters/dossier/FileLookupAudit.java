package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.dossier.InMemoryLookupAudit;
import vn.motcua.bot.dossier.LookupAudit;

/**
 * The lookup record: recent entries in memory and every entry appended to a JSON Lines file in the
 * data dir (when, channel, sender, code, outcome; never the second factor). A failing disk must not
 * stop citizens from looking up their dossier, so write errors are logged, not thrown.
 */
class FileLookupAudit implements LookupAudit {
    private static final Logger log = LoggerFactory.getLogger(FileLookupAudit.class);

    private final InMemoryLookupAudit recent = new InMemoryLookupAudit(1000);
    private final Path file;
    private final ObjectMapper json;

    FileLookupAudit(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    @Override
    public synchronized void record(Entry entry) {
        recent.record(entry);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.error("Cannot write the dossier lookup record to {}: {}", file, e.toString());
        }
    }

    /** The entries since start-up, newest first (the file keeps them all). */
    @Override
    public List<Entry> recent() {
        return recent.recent();
    }
}
