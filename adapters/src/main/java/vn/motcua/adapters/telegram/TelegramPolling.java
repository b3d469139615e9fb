package vn.motcua.adapters.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling (the default): nothing public is needed. telegrambots asks getUpdates in a loop and
 * confirms an update only with the next request, so one polled again after a stop is a redelivery.
 */
class TelegramPolling implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final String token;
    private final TelegramUrl url;
    private final TelegramUpdates updates;
    private TelegramBotsLongPollingApplication application;

    TelegramPolling(String token, TelegramUrl url, TelegramUpdates updates) {
        this.token = token;
        this.url = url;
        this.updates = updates;
    }

    @Override
    public synchronized void start() {
        application = new TelegramBotsLongPollingApplication(
                () -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                TelegramConnection::pollingHttp);
        try {
            // registerBot starts the session itself; start() on top would fail with "already running"
            application.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), updates::take);
            log.info("Telegram channel on: long polling {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram long polling could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", e.toString());
        }
        application = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }
}
