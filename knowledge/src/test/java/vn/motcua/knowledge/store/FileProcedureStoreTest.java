package vn.motcua.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.knowledge.store.TestProcedures.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;

class FileProcedureStoreTest {
    @TempDir
    Path dir;

    @Test
    void saved_procedures_are_there_after_a_restart_with_their_version() throws Exception {
        FileProcedureStore store = new FileProcedureStore(dir);
        store.save(procedure("ho-tich.khai-sinh", "Đăng ký khai sinh"), 0);
        Procedure second = store.save(procedure("ho-tich.khai-sinh", "Đăng ký khai sinh (sửa)"), 1);
        store.save(procedure("1.001193", "Đăng ký khai sinh"), 0);

        FileProcedureStore reopened = new FileProcedureStore(dir);

        assertThat(reopened.find("ho-tich.khai-sinh")).contains(second);
        assertThat(second.versionOrZero()).isEqualTo(2);
        assertThat(reopened.all()).hasSize(2);
        assertThat(dir.resolve("1.001193.json")).exists();
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() throws Exception {
        FileProcedureStore store = new FileProcedureStore(dir);
        store.save(procedure("a.b", "Một"), 0);
        store.save(procedure("a.b", "Hai"), 1);

        assertThatThrownBy(() -> store.save(procedure("a.b", "Ba"), 1))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThatThrownBy(() -> store.delete("a.b", 1)).isInstanceOf(StaleVersionException.class);
        assertThat(new FileProcedureStore(dir).find("a.b").orElseThrow().name()).isEqualTo("Hai");
        assertThat(store.delete("a.b", 2)).isTrue();
        assertThat(new FileProcedureStore(dir).find("a.b")).isEmpty();
    }

    @Test
    void a_write_interrupted_half_way_leaves_the_old_file_intact() throws Exception {
        new FileProcedureStore(dir).save(procedure("a.b", "Bản cũ"), 0);
        byte[] before = Files.readAllBytes(dir.resolve("a.b.json"));
        FileProcedureStore crashing = new FileProcedureStore(dir, new AtomicFile() {
            @Override
            protected void writeFully(FileChannel channel, byte[] content) throws IOException {
                channel.write(java.nio.ByteBuffer.wrap(content, 0, content.length / 2));
                throw new IOException("disk full (simulated crash half way)");
            }
        });

        assertThatThrownBy(() -> crashing.save(procedure("a.b", "Bản mới"), 1)).isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readAllBytes(dir.resolve("a.b.json"))).isEqualTo(before);
        assertThat(crashing.find("a.b").orElseThrow().name()).isEqualTo("Bản cũ");
        assertThat(new FileProcedureStore(dir).find("a.b").orElseThrow().name()).isEqualTo("Bản cũ");
    }

    @Test
    void temporary_files_left_by_a_crash_are_ignored_and_removed() throws Exception {
        new FileProcedureStore(dir).save(procedure("a.b", "Bản cũ"), 0);
        Path leftover = dir.resolve(".a.b.json.123456.tmp");
        Files.writeString(leftover, "{\"id\": \"a.b\", \"name\": \"Bản mớ", StandardCharsets.UTF_8);

        FileProcedureStore reopened = new FileProcedureStore(dir);

        assertThat(reopened.all()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Bản cũ"));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void a_broken_stored_file_stops_the_start_naming_it() throws Exception {
        Files.writeString(dir.resolve("a.b.json"), "{\"id\": \"a.b\", \"levels\": 5}");

        assertThatThrownBy(() -> new FileProcedureStore(dir)).hasMessageContaining("a.b.json");
    }

    @Test
    void ids_that_are_not_safe_file_names_are_refused() {
        FileProcedureStore store = new FileProcedureStore(dir);

        assertThatThrownBy(() -> store.save(procedure("../escape", "X"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrent_edits_with_retry_lose_no_update() throws Exception {
        FileProcedureStore store = new FileProcedureStore(dir);
        store.save(procedure("a.b", "Chung"), 0);
        int writers = 6;
        int editsEach = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < editsEach; i++) {
                    while (true) {
                        Procedure current = store.find("a.b").orElseThrow();
                        List<String> aliases = new ArrayList<>(current.aliases());
                        aliases.add("w" + writer + "-" + i);
                        try {
                            store.save(procedure("a.b", "Chung", aliases), current.versionOrZero());
                            break;
                        } catch (StaleVersionException e) {
                            conflicts.add(e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        Procedure last = new FileProcedureStore(dir).find("a.b").orElseThrow();
        assertThat(last.aliases()).hasSize(writers * editsEach).doesNotHaveDuplicates();
        assertThat(last.versionOrZero()).isEqualTo(1 + writers * editsEach);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("a.b.json");
        }
    }
}
