package vn.motcua.adapters.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.delivery.SendResult;
import vn.motcua.bot.message.Reply;

/** While the shared stores cannot be reached (Redis down), a Zalo reply waits in the outbox: never dropped. */
class ZaloSenderTest {
    private static final StoreUnavailable DOWN = new StoreUnavailable("redis", new RuntimeException("connection refused"));
    private final ZaloSettings settings = new ZaloSettings("app-1", "oa-key", "app-secret", null, "refresh-1",
            "http://127.0.0.1:9", "http://127.0.0.1:9", Duration.ofHours(48));
    private final Reply reply = new Reply("Xin chào", List.of(), List.of());

    private ZaloSender sender(ZaloTokenStore tokens, ZaloReplyWindow window) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        return new ZaloSender(new ZaloClient(settings.apiUrl(), new ZaloTokens(settings, tokens, http, json,
                Clock.systemUTC()), http, json), window, Clock.systemUTC());
    }

    private static ZaloReplyWindow openWindow() {
        return new ZaloReplyWindow() {
            @Override
            public void openUntil(String userId, Instant closes) {
            }

            @Override
            public Optional<Instant> closesFor(String userId) {
                return Optional.of(Instant.now().plus(Duration.ofHours(1)));
            }
        };
    }

    @Test
    void a_reply_waits_while_the_reply_window_cannot_be_read() {
        ZaloReplyWindow down = new ZaloReplyWindow() {
            @Override
            public void openUntil(String userId, Instant closes) {
            }

            @Override
            public Optional<Instant> closesFor(String userId) {
                throw DOWN;
            }
        };
        assertThat(sender(new FailingTokens(), down).send("zu-1", reply)).isInstanceOf(SendResult.RetryLater.class);
    }

    @Test
    void a_reply_waits_while_the_tokens_cannot_be_read() {
        assertThat(sender(new FailingTokens(), openWindow()).send("zu-1", reply)).isInstanceOf(SendResult.RetryLater.class);
    }

    private static final class FailingTokens implements ZaloTokenStore {
        @Override
        public Tokens adopt(Tokens configured) {
            throw DOWN;
        }

        @Override
        public Optional<Tokens> current() {
            throw DOWN;
        }

        @Override
        public <X extends Exception> Tokens renew(String staleAccessToken, Renewal<X> renewal) {
            throw DOWN;
        }
    }
}
