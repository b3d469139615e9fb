package vn.motcua.knowledge.editing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * Revisions kept under a folder, one JSON file per procedure (oldest first). Each write goes to a
 * temporary file that is then moved over the old one, so a crash leaves the old or the new history,
 * never half of one.
 */
public class FileRevisionStore implements RevisionStore {
    private static final TypeReference<List<Revision>> REVISIONS = new TypeReference<>() {
    };
    private final ObjectMapper mapper = ProcedureJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);
    private final Path folder;
    private final Map<String, List<Revision>> cache = new HashMap<>();

    public FileRevisionStore(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the revision folder " + folder, e);
        }
    }

    @Override
    public synchronized Revision append(String procedureId, String author, Instant at, Change change,
                                        Procedure document) {
        List<Revision> revisions = new ArrayList<>(load(procedureId));
        Revision revision = new Revision(procedureId, revisions.size() + 1, author, at, change, document);
        revisions.add(revision);
        write(procedureId, revisions);
        cache.put(procedureId, List.copyOf(revisions));
        return revision;
    }

    @Override
    public synchronized List<Revision> history(String procedureId) {
        List<Revision> newestFirst = new ArrayList<>(load(procedureId));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private List<Revision> load(String procedureId) {
        return cache.computeIfAbsent(procedureId, id -> {
            Path file = fileOf(id);
            if (!Files.exists(file)) {
                return List.of();
            }
            try {
                return List.copyOf(mapper.readValue(file.toFile(), REVISIONS));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read revisions of " + id + " from " + file, e);
            }
        });
    }

    private void write(String procedureId, List<Revision> revisions) {
        Path file = fileOf(procedureId);
        try {
            Path temp = Files.createTempFile(folder, ".revisions", ".tmp");
            try {
                mapper.writeValue(temp.toFile(), revisions);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write revisions of " + procedureId + " to " + file, e);
        }
    }

    /** Ids are validated elsewhere; encoding keeps any odd one inside the folder all the same. */
    private Path fileOf(String procedureId) {
        String name = URLEncoder.encode(procedureId, StandardCharsets.UTF_8);
        if (name.startsWith(".")) {
            name = "_" + name;
        }
        return folder.resolve(name + ".json");
    }
}
