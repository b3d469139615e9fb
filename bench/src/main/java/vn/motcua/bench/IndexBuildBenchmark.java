package vn.motcua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;

/**
 * Index build and start-up at knowledge-base size: a full build on disk (what a first start or an
 * import costs), and a start over an index that is already up to date (what every later start costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class IndexBuildBenchmark {
    @Param({"10000"})
    public int procedures;

    private List<Procedure> generated;
    private Path built;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        generated = BenchKnowledge.generated(procedures);
        built = Files.createTempDirectory("motcua-index-built");
        try (ProcedureIndex index = ProcedureIndex.open(built)) {
            index.sync(generated);
        }
    }

    @Benchmark
    public int buildOnDisk() throws IOException {
        Path dir = Files.createTempDirectory("motcua-index");
        try (ProcedureIndex index = ProcedureIndex.open(dir)) {
            index.rebuild(generated);
            return index.size();
        } finally {
            delete(dir);
        }
    }

    @Benchmark
    public int startOverUpToDateIndex() {
        try (ProcedureIndex index = ProcedureIndex.open(built)) {
            if (index.sync(generated)) {
                throw new IllegalStateException("the up-to-date index was rebuilt");
            }
            return index.search("đăng ký khai sinh", 1).size();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
