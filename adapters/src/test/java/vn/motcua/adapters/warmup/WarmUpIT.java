package vn.motcua.adapters.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.SectionDetector;
import vn.motcua.knowledge.KnowledgeBase;

/**
 * The warm-up in the running application: readiness refused over HTTP while it runs (and requests still
 * answered), accepted after; and no trace of its questions in the real stores, nor of its pings in the
 * request metrics. The warm-up's questions go
 * through the real side-effect-free pipeline; the test only holds the first one until it has looked at
 * readiness, so that "while it runs" does not depend on timing. One pass keeps the test short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.data-dir=" + WarmUpIT.DATA_DIR,
        "assistant.warm-up.enabled=true",
        "assistant.warm-up.max-passes=1"})
@DirtiesContext // the last check leaves questions in the inbox on purpose
class WarmUpIT {
    static final String DATA_DIR = "target/test-data/warm-up";
    private static final CountDownLatch HOLD = new CountDownLatch(1);
    private static final AtomicInteger ASKED = new AtomicInteger();

    static {
        // a fresh data dir: an inbox left by an earlier run would read as the warm-up's trace
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File(DATA_DIR));
    }

    @TestConfiguration
    static class HeldPipeline {
        @Bean
        @Primary
        WarmUpPipeline heldPipeline(@Qualifier("warmUpPipeline") WarmUpPipeline real) {
            return question -> {
                try {
                    HOLD.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.answer(question);
                ASKED.incrementAndGet();
            };
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    UnansweredInbox inbox;
    @Autowired
    ConversationStore conversations;
    @Autowired
    Assistant assistant;
    @Autowired
    KnowledgeBase kb;
    @Autowired
    MeterRegistry meters;

    @Test
    void refusesTrafficWhileWarmingUpAnswersAnywayThenAcceptsAndLeavesNoTrace() throws Exception {
        assertThat(get("/actuator/health/readiness")).isEqualTo(503);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("the instance can answer: UP, with readiness shown as held").isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"")
                .contains("\"readinessState\":{\"status\":\"OUT_OF_SERVICE\"}");
        assertThat(get("/actuator/health/liveness")).isEqualTo(200);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"làm căn cước cần giấy tờ gì\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("a question during the warm-up is answered").isEqualTo(200);
        assertThat(answer.body()).contains("\"intent\":\"procedure\"");

        HOLD.countDown();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/actuator/health/readiness") == 200);
        assertThat(get("/actuator/health/liveness")).isEqualTo(200);

        List<String> questions = WarmUpQuestions.from(kb.all(), new SectionDetector().strongCues());
        assertThat(ASKED.get()).as("one whole pass was asked").isEqualTo(questions.size());
        assertThat(inbox.all()).as("nothing for staff").isEmpty();
        for (Channel channel : Channel.values()) {
            assertThat(conversations.find(new ConversationKey(channel, WarmUpConfiguration.SENDER))).isEmpty();
        }
        assertThat(Path.of(DATA_DIR, "audit")).doesNotExist();
        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/ping").timer())
                .as("the warm-up's pings are not in the request metrics").isNull();
        Path unanswered = Path.of(DATA_DIR, "unanswered.jsonl");
        assertThat(!Files.exists(unanswered) || Files.size(unanswered) == 0).isTrue();

        // the check above can fail: the same questions through the application's own assistant leave records
        for (int i = 0; i < questions.size() && inbox.all().isEmpty(); i++) {
            assistant.ask(questions.get(i));
        }
        assertThat(inbox.all()).isNotEmpty();
        assertThat(get("/api/v1/ping")).isEqualTo(200);
        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/ping").timer().count()).isEqualTo(1);
    }

    private int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
