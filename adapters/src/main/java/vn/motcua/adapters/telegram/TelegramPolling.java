package vn.motcua.adapters.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling (the default): nothing public is needed. telegrambots asks getUpdates in a loop and
 * confirms an update only with the next request, so one polled again after a stop is a redelivery.
 * Started and stopped by {@link TelegramPollingLeader} as this instance gains and loses its turn.
 */
class TelegramPolling {
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final String token;
    private final TelegramUrl url;
    private final TelegramUpdates updates;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService thread;
    private OkHttpClient http;

    TelegramPolling(String token, TelegramUrl url, TelegramUpdates updates) {
        this.token = token;
        this.url = url;
        this.updates = updates;
    }

    synchronized void start() throws TelegramApiException {
        if (application != null) {
            return;
        }
        // our own thread and HTTP client, so that stop() can end them: telegrambots' close() leaves
        // its thread alive and a getUpdates in flight, which would poll on after this instance's turn
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-polling");
            t.setDaemon(true);
            return t;
        });
        http = TelegramConnection.pollingHttp();
        OkHttpClient client = http;
        ScheduledExecutorService executor = thread;
        application = new TelegramBotsLongPollingApplication(
                () -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                () -> client, () -> executor);
        try {
            // registerBot starts the session itself; start() on top would fail with "already running"
            application.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), updates::take);
            log.info("Telegram channel on: long polling {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
        } catch (TelegramApiException e) {
            stop();
            throw e;
        }
    }

    /**
     * Ends polling at once. The getUpdates in flight is cancelled: its updates stay unconfirmed with
     * Telegram for the next poller (one already taken is then recognised by its update_id).
     */
    synchronized void stop() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", e.toString());
        }
        http.dispatcher().cancelAll();
        thread.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        application = null;
        thread = null;
        http = null;
    }

    synchronized boolean isRunning() {
        return application != null;
    }
}
