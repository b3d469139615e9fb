package vn.motcua.adapters.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.adapters.MotcuaAssistant;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.understanding.DossierCode;

/** One running assistant (a Spring context on a random port), spoken to over real HTTP. */
final class AssistantInstance implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_PASSWORD = "two-instances-test";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConfigurableApplicationContext context;
    private final String base;

    private AssistantInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static AssistantInstance start(String name, RedisServer redis, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(redis.springProperties()));
        properties.addAll(List.of("server.port=0", "assistant.data-dir=target/test-data/instance-" + name,
                "spring.application.name=assistant-" + name,
                "assistant.rate-limits.enabled=false", "assistant.admin.password=" + ADMIN_PASSWORD));
        properties.addAll(List.of(extraProperties));
        // as command-line arguments: they win over application.properties (default properties would not)
        return new AssistantInstance(new SpringApplicationBuilder(MotcuaAssistant.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    /** A dossier as the one-stop system pushes it: the citizen's factor is 5678 (last digits of the phone). */
    void pushDossier(String code) {
        bean(DossierStore.class).save(new Dossier(new DossierCode(code), DossierStatus.IN_PROGRESS,
                "ho-tich.khai-sinh", "0912345678", "001203004321", "Nguyễn Văn Thử", null, null,
                OffsetDateTime.of(2026, 11, 3, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2026, 11, 20, 17, 0, 0, 0, ZoneOffset.ofHours(7))));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Reply ask(String text) {
        return post("/api/v1/ask", Map.of("text", text));
    }

    Reply chat(String conversation, String text) {
        return post("/api/v1/chat", Map.of("conversation", conversation, "text", text));
    }

    /** The admin API with HTTP Basic as user {@code admin}; {@code body} null for a GET. */
    Reply admin(String path, String putBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (putBody != null) {
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(putBody));
        }
        return send(request);
    }

    Reply health() {
        return send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET());
    }

    private Reply post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** An HTTP answer: status and JSON body. */
    record Reply(int status, JsonNode json) {
        String text() {
            StringBuilder all = new StringBuilder(json.path("answer").asText(""));
            json.path("replies").forEach(r -> all.append(r.path("text").asText()).append('\n'));
            return all.toString();
        }

        String firstProcedure() {
            return json.path("procedures").path(0).path("id").asText(null);
        }

        String component(String name) {
            return json.path("components").path(name).path("status").asText(null);
        }
    }
}
