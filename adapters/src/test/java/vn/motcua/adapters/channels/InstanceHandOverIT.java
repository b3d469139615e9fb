package vn.motcua.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.adapters.MotcuaAssistant;
import vn.motcua.adapters.redis.RedisServer;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.receiving.Inbox;

/**
 * Two assistants on one Redis ({@code assistant.store=redis}), Telegram in webhook mode. The first takes
 * messages but cannot reach Telegram, then stops; the second adopts what it left: it answers the
 * message the first never answered and delivers every waiting reply, each once.
 */
class InstanceHandOverIT {
    static final String SECRET = "webhook-secret-0123456789";
    @RegisterExtension
    static final RedisServer redis = new RedisServer();
    static final FakeChannelApis UNREACHABLE = new FakeChannelApis().start().telegramRefusesToSend();
    static final FakeChannelApis TELEGRAM = new FakeChannelApis().start();
    private static final AtomicLong UPDATE_IDS = new AtomicLong(70_000);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterAll
    static void stopFakes() {
        UNREACHABLE.stop();
        TELEGRAM.stop();
    }

    private ConfigurableApplicationContext start(String name, FakeChannelApis telegram) {
        List<String> properties = new ArrayList<>(List.of(redis.springProperties()));
        properties.addAll(List.of("server.port=0",
                "assistant.data-dir=target/test-data/hand-over-" + name + "-" + System.nanoTime(),
                "spring.application.name=hand-over-" + name, "assistant.rate-limits.enabled=false",
                "assistant.public-url=https://motcua.example.vn",
                "assistant.channels.telegram.token=" + FakeChannelApis.TELEGRAM_TOKEN,
                "assistant.channels.telegram.api-url=" + telegram.url(),
                "assistant.channels.telegram.mode=webhook", "assistant.channels.telegram.webhook-secret=" + SECRET,
                "assistant.redis.instance-id=" + name,
                "assistant.redis.heartbeat=100ms", "assistant.redis.heartbeat-timeout=1s"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MotcuaAssistant.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        running.add(context);
        return context;
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void a_stopped_instance_s_unanswered_message_and_waiting_replies_are_delivered_once_by_another() throws Exception {
        ConfigurableApplicationContext first = start("first", UNREACHABLE);
        int port = first.getEnvironment().getProperty("local.server.port", Integer.class);
        for (long chat : new long[] {8101, 8102, 8103}) {
            assertThat(push(port, ChannelsIT.telegramText(UPDATE_IDS.incrementAndGet(), chat, "xin chào"))).isEqualTo(200);
        }
        Outbox firstOutbox = first.getBean(Outbox.class);
        Eventually.until("three replies waiting at the first instance",
                () -> firstOutbox.all().stream().map(Outbox.OutgoingReply::recipient).distinct().count() == 3);
        Map<String, Long> waiting = new TreeMap<>();
        firstOutbox.all().forEach(r -> waiting.merge(r.recipient(), 1L, Long::sum));
        // and one message it kept but never got to answer (as if it stopped right after the webhook)
        first.getBean(Inbox.class).keep(new Inbox.PendingMessage("telegram:kept-1",
                new InboundMessage(Channel.TELEGRAM, "8104", "xin chào", null, Instant.now())));
        first.close();

        ConfigurableApplicationContext second = start("second", TELEGRAM);
        Outbox secondOutbox = second.getBean(Outbox.class);
        Inbox secondInbox = second.getBean(Inbox.class);
        Eventually.until("every adopted reply and the adopted message answered",
                () -> waiting.keySet().stream().allMatch(chat -> TELEGRAM.telegramSent(Long.parseLong(chat)).size()
                        >= waiting.get(chat))
                        && !TELEGRAM.telegramSent(8104).isEmpty()
                        && secondOutbox.all().isEmpty() && secondInbox.pending().isEmpty());

        for (Map.Entry<String, Long> chat : waiting.entrySet()) {
            assertThat(TELEGRAM.telegramSent(Long.parseLong(chat.getKey()))).as("chat %s, once", chat.getKey())
                    .hasSize(chat.getValue().intValue());
        }
        assertThat(first.isActive()).isFalse();
    }

    private int push(int port, String update) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
