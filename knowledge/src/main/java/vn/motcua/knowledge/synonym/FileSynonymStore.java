package vn.motcua.knowledge.synonym;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin synonyms in {@code <dir>/synonyms.tsv}. Every change rewrites the file through a temporary
 * file and an atomic move, so a crash leaves either the old or the new dictionary, never half of one.
 */
public class FileSynonymStore implements SynonymStore {
    static final String FILE_NAME = "synonyms.tsv";

    private final Path file;
    private final List<Synonym> synonyms;

    public FileSynonymStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    synonyms = new ArrayList<>(SynonymFile.read(in, file.toString()));
                }
            } else {
                synonyms = new ArrayList<>();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open synonyms in " + directory, e);
        }
    }

    @Override
    public synchronized List<Synonym> all() {
        return List.copyOf(synonyms);
    }

    @Override
    public synchronized void add(Synonym synonym) {
        List<Synonym> next = new ArrayList<>(synonyms);
        next.add(synonym);
        writeAtomically(SynonymFile.write(next));
        synonyms.add(synonym);
    }

    private void writeAtomically(String content) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
