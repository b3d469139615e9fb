package vn.motcua.knowledge.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * Procedures kept as one JSON file each ({@code <dir>/<id>.json}, the seed format plus its version),
 * read into memory when opened. Every write replaces its file atomically ({@link AtomicFile}), so a
 * crash leaves the old or the new document, never half of one. Writes to one procedure are serialised
 * and checked against the expected version, so no concurrent edit is lost. One process owns the
 * folder at a time (the server, or the import command while the server is stopped).
 */
public class FileProcedureStore implements ProcedureStore {
    private static final Pattern SAFE_ID = Pattern.compile("^[a-z0-9]+(?:[.-][a-z0-9]+)*$");
    private static final String EXTENSION = ".json";

    private final Path dir;
    private final AtomicFile files;
    private final Map<String, Procedure> procedures = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public FileProcedureStore(Path dir) {
        this(dir, new AtomicFile());
    }

    FileProcedureStore(Path dir, AtomicFile files) {
        this.dir = dir;
        this.files = files;
        load();
    }

    public Path directory() {
        return dir;
    }

    @Override
    public List<Procedure> all() {
        return new ArrayList<>(procedures.values());
    }

    @Override
    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    @Override
    public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
        String id = procedure.publicId();
        requireSafe(id);
        synchronized (lockFor(id)) {
            Procedure current = procedures.get(id);
            long currentVersion = current == null ? 0 : current.versionOrZero();
            if (currentVersion != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion, currentVersion);
            }
            Procedure saved = procedure.withVersion(currentVersion + 1);
            try {
                files.write(fileOf(id), ProcedureJson.write(saved).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store procedure " + id, e);
            }
            procedures.put(id, saved);
            return saved;
        }
    }

    @Override
    public boolean delete(String id, long expectedVersion) throws StaleVersionException {
        synchronized (lockFor(id)) {
            Procedure current = procedures.get(id);
            if (current == null) {
                return false;
            }
            if (current.versionOrZero() != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion, current.versionOrZero());
            }
            try {
                files.delete(fileOf(id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete procedure " + id, e);
            }
            procedures.remove(id);
            return true;
        }
    }

    private Object lockFor(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    private Path fileOf(String id) {
        return dir.resolve(id + EXTENSION);
    }

    private static void requireSafe(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("procedure id not usable as a file name: " + id);
        }
    }

    /**
     * Reads every stored procedure. Temporary files left by a crash are removed; a stored file that
     * does not parse stops the start-up with its name rather than silently losing a procedure.
     */
    private void load() {
        List<Path> files;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                files = entries.sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(AtomicFile.TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the procedure store " + dir, e);
        }
        // thousands of files parse independently: read them on every core
        files.parallelStream().filter(FileProcedureStore::isProcedureFile).forEach(file -> {
            String name = file.getFileName().toString();
            Procedure p = read(file);
            String id = name.substring(0, name.length() - EXTENSION.length());
            if (!id.equals(p.publicId())) {
                throw new IllegalStateException("stored procedure " + file + " holds id " + p.publicId());
            }
            procedures.put(id, p);
        });
    }

    private static boolean isProcedureFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && name.endsWith(EXTENSION);
    }

    private static Procedure read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ProcedureJson.read(in);
        } catch (InvalidProcedureException e) {
            throw new IllegalStateException("stored procedure " + file + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored procedure " + file, e);
        }
    }
}
