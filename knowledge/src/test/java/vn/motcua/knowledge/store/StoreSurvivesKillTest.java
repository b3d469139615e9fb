package vn.motcua.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;

/** A process killed (SIGKILL) while writing leaves a store that opens with one whole version. */
class StoreSurvivesKillTest {
    @TempDir
    Path dir;

    @Test
    void killing_the_writer_at_any_moment_leaves_a_whole_procedure() throws Exception {
        long lastSeen = 0;
        for (int round = 0; round < 2; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EndlessWriter.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("writing");
                Thread.sleep(150 + round * 120L);
                writer.destroyForcibly();
                assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            Procedure p = new FileProcedureStore(dir).find("a.b").orElseThrow();

            long n = p.versionOrZero();
            assertThat(n).isGreaterThan(lastSeen);
            assertThat(p.name()).isEqualTo("Lần " + n);
            assertThat(p.aliases()).hasSize(2000).containsOnly("lần ghi thứ " + n);
            lastSeen = n;
        }
    }
}
