package vn.motcua.adapters.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assistant.channels.telegram.*}: the bot token from @BotFather turns the channel on. Long
 * polling needs nothing public; webhook mode receives at {@code POST /webhooks/telegram} and checks the
 * secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}. Instances sharing Redis take turns
 * to poll through a lease of {@code polling-lease}: a dead poller is replaced within about that time.
 */
@ConfigurationProperties("assistant.channels.telegram")
record TelegramSettings(
        String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("polling") Mode mode,
        String webhookSecret,
        @DefaultValue("6s") Duration pollingLease) {

    enum Mode {
        POLLING, WEBHOOK
    }

    boolean configured() {
        return token != null && !token.isBlank();
    }
}
