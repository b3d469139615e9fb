package vn.motcua.knowledge.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.knowledge.store.AtomicFile;

/** Seed state in one small JSON file next to the stored procedures, replaced atomically. */
public class FileSeedState implements SeedState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final AtomicFile files = new AtomicFile();
    private boolean replaced;
    private Map<String, String> applied = new LinkedHashMap<>();

    /** The document on disk. */
    record Document(boolean seedsReplaced, Map<String, String> appliedSeeds) {
    }

    public FileSeedState(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                Document d = JSON.readValue(file.toFile(), Document.class);
                replaced = d.seedsReplaced();
                applied = d.appliedSeeds() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(d.appliedSeeds());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed state " + file, e);
            }
        }
    }

    @Override
    public synchronized boolean seedsReplaced() {
        return replaced;
    }

    @Override
    public synchronized Map<String, String> appliedSeeds() {
        return Map.copyOf(applied);
    }

    @Override
    public synchronized void save(boolean seedsReplaced, Map<String, String> appliedSeeds) {
        try {
            files.write(file, JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Document(seedsReplaced, new LinkedHashMap<>(appliedSeeds))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write seed state " + file, e);
        }
        this.replaced = seedsReplaced;
        this.applied = new LinkedHashMap<>(appliedSeeds);
    }
}
