package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.dossier.DossierJson.StoredDossier;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Pushed dossiers in memory, with every change appended to a JSON Lines journal that is replayed at
 * start-up (the last line of a code wins). Appending keeps a push cheap however many dossiers there are;
 * when the journal holds far more lines than dossiers it is rewritten atomically. A torn last line
 * after a crash is skipped.
 */
class FileDossierStore implements DossierStore {
    private static final Logger log = LoggerFactory.getLogger(FileDossierStore.class);

    private final Map<DossierCode, Dossier> dossiers = new ConcurrentHashMap<>();
    private final Path journal;
    private final ObjectMapper json;
    private long lines;

    FileDossierStore(Path journal, ObjectMapper json) {
        this.journal = journal;
        this.json = json;
        replay();
    }

    @Override
    public Optional<Dossier> find(DossierCode code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    @Override
    public synchronized Saved save(Dossier dossier) {
        Dossier stored = dossiers.get(dossier.code());
        if (dossier.equals(stored)) {
            return Saved.UNCHANGED;
        }
        if (stored != null && dossier.olderThan(stored)) {
            return Saved.STALE;
        }
        append(dossier);
        dossiers.put(dossier.code(), dossier);
        if (lines > 2L * dossiers.size() + 1000) {
            compact();
        }
        return Saved.WRITTEN;
    }

    /**
     * Keeps a dossier for this run only, unless the journal already has one with that code: the demo
     * dossiers, whose dates are relative to the day the assistant starts.
     */
    synchronized boolean holdForThisRun(Dossier dossier) {
        return dossiers.putIfAbsent(dossier.code(), dossier) == null;
    }

    /** The demo dossiers, held for this run; how many were new. */
    int holdForThisRun(List<Dossier> demo) {
        return (int) demo.stream().filter(this::holdForThisRun).count();
    }

    int size() {
        return dossiers.size();
    }

    private void append(Dossier dossier) {
        try {
            Files.createDirectories(journal.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(json.writeValueAsString(StoredDossier.of(dossier)));
                out.write('\n');
            }
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + journal, e);
        }
    }

    private void compact() {
        StringBuilder all = new StringBuilder();
        try {
            for (Dossier d : dossiers.values()) {
                all.append(json.writeValueAsString(StoredDossier.of(d))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + journal, e);
        }
        try {
            // the whole journal at once: a crash leaves the old one or the new one, never half of one
            Path temporary = journal.resolveSibling(journal.getFileName() + ".tmp");
            Files.writeString(temporary, all, StandardCharsets.UTF_8);
            Files.move(temporary, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + journal, e);
        }
        lines = dossiers.size();
    }

    private void replay() {
        if (!Files.exists(journal)) {
            return;
        }
        try {
            List<String> all = Files.readAllLines(journal, StandardCharsets.UTF_8);
            for (String line : all) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Dossier d = json.readValue(line, StoredDossier.class).dossier();
                    dossiers.put(d.code(), d);
                } catch (IOException | RuntimeException e) {
                    log.warn("Skipping an unreadable line of {}: {}", journal, e.getMessage());
                }
            }
            lines = all.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + journal, e);
        }
    }
}
