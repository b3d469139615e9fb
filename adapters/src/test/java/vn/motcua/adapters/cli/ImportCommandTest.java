package vn.motcua.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.seed.FileSeedState;
import vn.motcua.knowledge.store.FileProcedureStore;

class ImportCommandTest {
    /** The 61 reference records, copied into the knowledge module's test resources. */
    static final Path RECORDS = Path.of("../knowledge/src/test/resources/national-records");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), options -> {
                throw new AssertionError("these tests import into a data dir, not Redis");
            });

    private int run(String... args) {
        return command.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bad_usage_answers_2_with_the_usage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--replace", RECORDS.toString())).isEqualTo(2);
        assertThat(run("--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(run("--data-dir", dataDir.toString(), "--force", RECORDS.toString())).isEqualTo(2);
        assertThat(err()).contains(ImportCommand.USAGE);
    }

    @Test
    void replace_imports_the_records_reports_the_rejected_ones_and_keeps_no_seed() {
        int code = run("--data-dir", dataDir.toString(), "--replace", RECORDS.toString());

        assertThat(code).isZero();
        assertThat(out()).contains("Đã nhập 59/61 bản ghi", "Thêm mới: 59", "bị loại: 2")
                .contains("3.000520.json: thanh_phan_ho_so:", "5.002548.json: thanh_phan_ho_so:");
        FileProcedureStore store = new FileProcedureStore(dataDir.resolve("procedures"));
        assertThat(store.all()).hasSize(59).allSatisfy(p -> assertThat(p.id()).isEqualTo(p.nationalCode()));
        assertThat(new FileSeedState(dataDir.resolve("procedures/.seed-state.json")).seedsReplaced()).isTrue();
    }

    @Test
    void without_replace_seeds_come_first_and_a_record_for_a_seed_code_does_not_double_it() {
        int code = run("--data-dir", dataDir.toString(), RECORDS.resolve("1.001193.json").toString());

        assertThat(code).isZero();
        assertThat(out()).contains("Giữ bản đã biên soạn", "(1.001193)");
        FileProcedureStore store = new FileProcedureStore(dataDir.resolve("procedures"));
        assertThat(store.all()).filteredOn(p -> "1.001193".equals(p.nationalCode())).hasSize(1);
        assertThat(store.all().stream().map(Procedure::nationalCode).filter(c -> c != null)).doesNotHaveDuplicates();
    }

    @Test
    void bad_input_answers_1_names_the_file_and_writes_nothing() throws Exception {
        Path broken = Files.writeString(dataDir.resolve("broken.jsonl"), "{\"ma_thu_tuc\": \"1.001193\"}\n{oops\n");
        Path target = dataDir.resolve("kb");

        int code = run("--data-dir", target.toString(), "--replace", broken.toString(), RECORDS.resolve("1.001193.json").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("Không nhập gì", "broken.jsonl (dòng 2)");
        try (Stream<Path> files = Files.list(target.resolve("procedures"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void a_broken_stored_procedure_answers_1_naming_its_file() throws Exception {
        Files.createDirectories(dataDir.resolve("procedures"));
        Files.writeString(dataDir.resolve("procedures/1.001193.json"), "{\"id\": \"1.001193\", \"levels\": 5}");

        int code = run("--data-dir", dataDir.toString(), RECORDS.resolve("1.000894.json").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("Không nhập gì thêm", "1.001193.json");
    }

    @Test
    void the_store_comes_from_the_command_line_or_else_the_environment_with_the_servers_redis_options() {
        ImportCommand.Arguments redis = ImportCommand.parse(new String[] {"--assistant.store=redis",
            "--spring.data.redis.url=redis://10.0.0.5:6380", "--assistant.redis.key-prefix=test:", "--replace", "a.json"},
                null);
        assertThat(redis.intoRedis()).isTrue();
        assertThat(redis.dataDir()).isNull();
        assertThat(redis.replace()).isTrue();
        assertThat(redis.redisOptions()).containsExactly("--spring.data.redis.url=redis://10.0.0.5:6380",
                "--assistant.redis.key-prefix=test:");

        assertThat(ImportCommand.parse(new String[] {"a.json"}, "redis").intoRedis()).isTrue();
        ImportCommand.Arguments overridden = ImportCommand.parse(
                new String[] {"--assistant.store=memory", "--data-dir", "d", "a.json"}, "redis");
        assertThat(overridden.intoRedis()).isFalse();
        assertThat(overridden.dataDir()).isEqualTo(Path.of("d"));
    }

    @Test
    void redis_options_without_the_redis_store_or_an_unknown_store_are_bad_usage() {
        assertThat(ImportCommand.parse(new String[] {"--data-dir", "d", "--spring.data.redis.host=x", "a.json"}, null))
                .isNull();
        assertThat(ImportCommand.parse(new String[] {"--assistant.store=mongo", "--data-dir", "d", "a.json"}, null))
                .isNull();
        assertThat(ImportCommand.parse(new String[] {"--assistant.store=redis"}, null)).isNull();
        assertThat(run("--assistant.store=redis", "--spring.data.redis.port")).isEqualTo(2);
    }

    @Test
    void a_redis_that_cannot_be_reached_answers_1_with_the_reason() {
        ImportCommand unreachable = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), options -> {
                    throw new IllegalStateException("không kết nối được Redis 127.0.0.1:1 (khóa motcua:*)");
                });
        assertThat(unreachable.run(new String[] {"--assistant.store=redis", RECORDS.toString()})).isEqualTo(1);
        assertThat(err()).contains("Không nhập gì thêm: không kết nối được Redis 127.0.0.1:1");
    }
}
