package vn.motcua.adapters.postal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A list kept as one JSON file, replaced atomically (write a temporary file, then rename), so a
 * crash mid-write leaves the previous version intact rather than half a file.
 */
final class AtomicJsonFile<T> {
    private final Path file;
    private final ObjectMapper json;
    private final TypeReference<List<T>> type;

    AtomicJsonFile(Path file, ObjectMapper json, TypeReference<List<T>> type) {
        this.file = file;
        this.json = json;
        this.type = type;
    }

    List<T> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (fix or move it aside)", e);
        }
    }

    void write(List<T> items) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), items);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
