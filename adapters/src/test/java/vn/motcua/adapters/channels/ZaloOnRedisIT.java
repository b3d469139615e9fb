package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.MotcuaAssistant;
import vn.motcua.adapters.redis.RedisServer;

/**
 * The Zalo channel with {@code assistant.store=redis}, through its real webhook and client against the
 * fake Zalo: the renewed tokens and the reply window are in Redis, and a message received while Redis is
 * down is answered once it is back, nothing dropped.
 */
class ZaloOnRedisIT {
    @RegisterExtension
    static final RedisServer redis = new RedisServer();
    static final FakeChannelApis FAKE = new FakeChannelApis().start();
    private static ConfigurableApplicationContext assistant;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        List<String> properties = new ArrayList<>(List.of(redis.springProperties()));
        properties.addAll(List.of("server.port=0", "assistant.rate-limits.enabled=false",
                "assistant.data-dir=" + Path.of("target", "test-data", "zalo-redis-" + System.nanoTime()),
                "assistant.channels.zalo.app-id=" + ChannelsIT.ZALO_APP,
                "assistant.channels.zalo.oa-secret-key=" + ChannelsIT.ZALO_OA_SECRET,
                "assistant.channels.zalo.app-secret=zalo-app-secret",
                "assistant.channels.zalo.access-token=" + FakeChannelApis.ZALO_OLD_TOKEN,
                "assistant.channels.zalo.refresh-token=refresh-1",
                "assistant.channels.zalo.api-url=" + FAKE.url(), "assistant.channels.zalo.oauth-url=" + FAKE.url()));
        assistant = new SpringApplicationBuilder(MotcuaAssistant.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        port = Integer.parseInt(assistant.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (assistant != null) {
            assistant.close();
        }
        FAKE.stop();
    }

    /** A signed text event (ChannelsIT's constants are compile-time constants: using them starts nothing). */
    private int postSignedZalo(String user, String msgId, String text) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis());
        String body = "{\"app_id\":\"" + ChannelsIT.ZALO_APP + "\",\"event_name\":\"user_send_text\",\"timestamp\":\""
                + timestamp + "\",\"sender\":{\"id\":\"" + user + "\"},\"recipient\":{\"id\":\"oa-1\"},"
                + "\"message\":{\"msg_id\":\"" + msgId + "\",\"text\":\"" + text + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/zalo"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-ZEvent-Signature", Signatures.zalo(ChannelsIT.ZALO_APP, body, timestamp, ChannelsIT.ZALO_OA_SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void tokens_and_reply_windows_live_in_redis_and_a_redis_outage_only_delays_the_reply() throws Exception {
        StringRedisTemplate keys = redis.template();
        assertThat(postSignedZalo("zu-r1", "zr-1", "đăng ký khai sinh cần giấy tờ gì")).isEqualTo(200);
        Eventually.until("an answer to Zalo user zu-r1", () -> !FAKE.zaloSent("zu-r1").isEmpty());
        assertThat(FAKE.zaloRefreshes()).hasSize(1);
        assertThat(keys.opsForHash().get("motcua:{zalo}:tokens", "refresh")).as("the new refresh token, shared")
                .isEqualTo("refresh-2");
        assertThat(keys.hasKey("motcua:zalo:window:zu-r1")).isTrue();

        redis.kill();
        assertThat(postSignedZalo("zu-r2", "zr-2", "xin chào")).as("Zalo's call is still taken").isEqualTo(200);
        redis.start(); // empty: the configured tokens are used again, and renewed on Zalo's -216
        Eventually.until("an answer to Zalo user zu-r2 after Redis came back", () -> !FAKE.zaloSent("zu-r2").isEmpty());
        assertThat(keys.hasKey("motcua:zalo:window:zu-r2")).as("the window opened during the outage").isTrue();
    }
}
