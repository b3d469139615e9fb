package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) in the middle of changes leaves a journal that opens with every change it
 * acknowledged, whether the kill landed in an append, an fsync or a compaction.
 */
class JournalSurvivesKillTest {
    @TempDir
    Path dir;

    @Test
    void every_acknowledged_change_survives_a_kill_at_any_moment() throws Exception {
        Path file = dir.resolve("inbox.json");
        Set<String> present = new HashSet<>();
        Set<String> removed = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EndlessChanges.class.getName(), file.toString(),
                    "r" + round, "6", "150")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // read all the time, so the writer never waits on a full pipe when the kill comes
            List<String> printed = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch started = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        printed.add(line);
                        started.countDown();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            reader.start();
            assertThat(started.await(60, TimeUnit.SECONDS)).as("the writer started").isTrue();
            // kill after some progress rather than some time: a busy machine may run the writer slowly
            int killAfter = 300 + round * 137;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (printed.size() < killAfter && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            writer.toHandle().destroyForcibly(); // SIGKILL, leaving the pipe to be read to its end
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            // what it printed before dying was acknowledged before the kill
            int acknowledged = printed.size();
            Set<String> puts = new HashSet<>();
            Set<String> removals = new HashSet<>();
            for (String line : printed) {
                if (line.startsWith("put ")) {
                    puts.add(line.substring(4));
                } else if (line.startsWith("removed ")) {
                    removals.add(line.substring(8));
                }
            }
            // a removal may be on disk without being acknowledged: it starts once the put three after it returned
            Set<String> inDoubt = new HashSet<>();
            for (String key : puts) {
                if (removals.contains(key)) {
                    removed.add(key);
                } else if (puts.contains(EndlessChanges.third(key))) {
                    inDoubt.add(key);
                } else {
                    present.add(key);
                }
            }
            assertThat(acknowledged).as("changes acknowledged in round " + round).isGreaterThanOrEqualTo(killAfter);

            PersistentMap<String> reopened = new PersistentMap<>(file, FileStoresTest.JSON, String.class, 150);
            for (String key : present) {
                assertThat(reopened.containsKey(key)).as("acknowledged put of " + key).isTrue();
            }
            assertThat(removed).as("acknowledged removals").noneMatch(reopened::containsKey);
            assertThat(reopened.values()).as("whole values")
                    .allSatisfy(v -> assertThat(v).isEqualTo(EndlessChanges.value(v.substring(0, v.indexOf(' ')))));
            for (String key : inDoubt) { // settled by this restart: later rounds must keep it so
                (reopened.containsKey(key) ? present : removed).add(key);
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as("nothing set aside as unreadable").noneMatch(n -> n.endsWith(".unreadable"));
            }
        }
        assertThat(dir.resolve("inbox.snapshot.json")).as("the writers compacted the journal").exists();
    }
}
