package vn.motcua.adapters.telegram;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In webhook mode, tells Telegram at start-up where to push updates ({@code assistant.public-url} +
 * {@code /webhooks/telegram}) and which secret to send with them. A failure is logged, not fatal: the
 * webhook may already be set, and the assistant's other channels should still start.
 */
class TelegramWebhookRegistration implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);

    private final TelegramClient client;
    private final String webhookUrl;
    private final String secret;
    private volatile boolean running;

    TelegramWebhookRegistration(TelegramClient client, String webhookUrl, String secret) {
        this.client = client;
        this.webhookUrl = webhookUrl;
        this.secret = secret;
    }

    @Override
    public void start() {
        try {
            client.executeAsync(SetWebhook.builder().url(webhookUrl).secretToken(secret).build())
                    .get(20, TimeUnit.SECONDS);
            log.info("Telegram channel on: webhook {}", webhookUrl);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Telegram channel on, but setWebhook to {} failed ({}): set it by hand, see docs/channels/telegram.md",
                    webhookUrl, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
