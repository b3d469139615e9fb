package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.MotcuaAssistant;
import vn.motcua.knowledge.KnowledgeBase;

/**
 * The {@code import} command pointed at the Redis a running instance uses: the procedures land in Redis
 * and the instance serves them within a second, without a restart, as it would an admin edit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIntoRedisIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path RECORDS = Path.of("../knowledge/src/test/resources/national-records");

    @RegisterExtension
    static final RedisServer redis = new RedisServer();
    static AssistantInstance running;

    @TempDir
    static Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        running = AssistantInstance.start("import", redis, "assistant.redis.knowledge-resync=60s");
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    private int runImport(String... args) {
        return MotcuaAssistant.importCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static boolean servedBy(KnowledgeBase kb, String question, String id) {
        var hits = kb.search(question, 1);
        return !hits.isEmpty() && hits.get(0).procedure().publicId().equals(id);
    }

    @Test
    @Order(1)
    void imported_procedures_are_served_by_a_running_instance_within_a_second() throws Exception {
        // a procedure in the project's seed format: a seed's facts under a new id, name and examples
        ObjectNode seed = (ObjectNode) JSON.readTree(Path.of("../seeds/procedures/ho-tich.khai-sinh.json").toFile());
        seed.put("id", "test.nuoi-ong").put("name", "Đăng ký nuôi ong mật trong khu dân cư").remove(
                List.of("nationalCode", "aliases", "related", "caveats"));
        seed.putArray("examples").add("nuôi ong mật trong khu dân cư có phải đăng ký không")
                .add("muốn nuôi ong lấy mật ở xóm thì làm thủ tục gì").add("đăng ký nuôi ong ở đâu");
        Path record = Files.writeString(files.resolve("nuoi-ong.json"), seed.toString());
        String question = "đăng ký nuôi ong mật trong khu dân cư";
        assertThat(running.ask(question).firstProcedure()).isNotEqualTo("test.nuoi-ong");

        long started = System.nanoTime();
        int code = runImport("--assistant.store=redis", "--spring.data.redis.url=redis://127.0.0.1:" + redis.port(),
                record.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Đã nhập 1/1 bản ghi vào Redis redis://127.0.0.1:" + redis.port() + " (khóa motcua:*)",
                        "Thêm mới: 1");
        assertThat(redis.template().hasKey("motcua:{kb}:procedure:test.nuoi-ong")).isTrue();
        KnowledgeBase kb = running.bean(KnowledgeBase.class);
        while (System.nanoTime() - started < 10_000_000_000L && !servedBy(kb, question, "test.nuoi-ong")) {
            Thread.sleep(5);
        }
        System.out.println("import into redis run and served by the running instance after "
                + (System.nanoTime() - started) / 1_000_000 + " ms (connecting included)");
        assertThat(servedBy(kb, question, "test.nuoi-ong")).isTrue();
        assertThat(running.ask(question).json().toString()).contains("test.nuoi-ong");
        // the seeds were already in Redis: the import kept them
        assertThat(kb.find("ho-tich.khai-sinh")).isPresent();
    }

    @Test
    @Order(2)
    void replace_leaves_only_the_imported_records_on_the_running_instance_too() throws Exception {
        int code = runImport("--assistant.store=redis", "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port(), "--replace", RECORDS.resolve("1.000894.json").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        KnowledgeBase kb = running.bean(KnowledgeBase.class);
        long started = System.nanoTime();
        while (System.nanoTime() - started < 5_000_000_000L && kb.size() != 1) {
            Thread.sleep(5);
        }
        assertThat(kb.all()).extracting(p -> p.publicId()).containsExactly("1.000894");
        assertThat(running.ask("thủ tục đăng ký kết hôn cần giấy tờ gì").firstProcedure()).isEqualTo("1.000894");
        // and an instance started afterwards does not bring the seeds back
        AssistantInstance later = AssistantInstance.start("import-later", redis);
        try {
            assertThat(later.bean(KnowledgeBase.class).all()).extracting(p -> p.publicId()).containsExactly("1.000894");
        } finally {
            later.close();
        }
    }

    @Test
    @Order(3)
    void an_unreachable_redis_answers_1_at_once_with_the_reason() {
        long started = System.nanoTime();
        int code = runImport("--assistant.store=redis", "--spring.data.redis.port=1",
                "--assistant.redis.command-timeout=1s", RECORDS.resolve("1.000894.json").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không nhập gì thêm: không kết nối được Redis localhost:1");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to give up").isLessThan(10_000);
    }
}
