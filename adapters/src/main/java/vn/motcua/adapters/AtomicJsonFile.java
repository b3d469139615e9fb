package vn.motcua.adapters;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON document in the data dir, replaced atomically: written to a temporary file beside it, then
 * moved over it, so a crash mid-write leaves the previous version, never half of one. For the small
 * state that must survive a restart (outbox, inbox, single-use tokens).
 */
public final class AtomicJsonFile<T> {
    private static final Logger log = LoggerFactory.getLogger(AtomicJsonFile.class);

    private final Path path;
    private final ObjectMapper json;
    private final TypeReference<T> type;

    public AtomicJsonFile(Path path, ObjectMapper json, TypeReference<T> type) {
        this.path = path;
        this.json = json;
        this.type = type;
    }

    /** The stored document; empty when there is none, or when it cannot be read (it is set aside). */
    public Optional<T> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(path.toFile(), type));
        } catch (IOException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".unreadable");
            log.error("Could not read {} ({}); moving it to {} and starting empty", path, e.getMessage(), aside);
            try {
                Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                log.error("Could not move {} aside: {}", path, moveFailed.getMessage());
            }
            return Optional.empty();
        }
    }

    public synchronized void write(T value) {
        write(value, false);
    }

    /**
     * As {@link #write}, and on disk before it returns (the file and its folder synced): for what a power
     * cut must not take back, such as a single-use token that has just replaced the spent one.
     */
    public synchronized void writeDurably(T value) {
        write(value, true);
    }

    private void write(T value, boolean sync) {
        try {
            Path folder = path.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            Files.write(temporary, json.writeValueAsBytes(value));
            if (sync) {
                force(temporary);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (sync) {
                force(folder); // the rename itself
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    public Path path() {
        return path;
    }
}
