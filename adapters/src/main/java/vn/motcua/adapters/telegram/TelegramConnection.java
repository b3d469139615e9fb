package vn.motcua.adapters.telegram;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Where the Bot API is ({@code api-url}, a local fake in tests) and HTTP clients that cannot hang. */
final class TelegramConnection {

    private TelegramConnection() {
    }

    static TelegramUrl url(String apiUrl) {
        URI uri = URI.create(apiUrl);
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() != -1 ? uri.getPort() : ("http".equals(scheme) ? 80 : 443);
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    /** For sending: a call that takes longer than this is retried later, not waited for. */
    static OkHttpClient sendingHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** For long polling: getUpdates waits up to 50 s on Telegram's side, so reads must wait longer. */
    static OkHttpClient pollingHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(75))
                .callTimeout(Duration.ofSeconds(90))
                .build();
    }
}
