package vn.motcua.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.motcua.knowledge.seed.SeedLoader.SeedFile;

/**
 * Where the knowledge base lives, shared by the server and the {@code import} command so that both
 * read and write the same files: procedures under {@code <data-dir>/procedures/<id>.json}, the seed
 * state (seed fingerprints, "replaced by an import" marker) beside them, and the seeds in the jar.
 */
public record KnowledgeFiles(Path dataDir) {

    public Path procedures() {
        return dataDir.resolve("procedures");
    }

    public Path seedState() {
        return procedures().resolve(".seed-state.json");
    }

    /** Seed procedures shipped in the jar (copied from {@code seeds/procedures}). */
    public static List<SeedFile> seedsOnClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:seeds/procedures/*.json");
            return Arrays.stream(resources)
                    .map(r -> new SeedFile(r.getFilename(), r::getInputStream))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seed procedures", e);
        }
    }
}
