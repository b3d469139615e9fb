package vn.motcua.adapters.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.adapters.Leases;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.receiving.ReceivingMessage;

/** The Telegram channel: off without a token (said once), on by itself with one. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    TelegramConfiguration(TelegramSettings settings) {
        if (!settings.configured()) {
            log.info("Telegram channel off: set assistant.channels.telegram.token to turn it on");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TelegramConfigured.class)
    static class On {

        @Bean
        TelegramClient telegramClient(TelegramSettings settings) {
            return new OkHttpTelegramClient(TelegramConnection.sendingHttp(), settings.token(),
                    TelegramConnection.url(settings.apiUrl()));
        }

        @Bean
        TelegramSender telegramSender(TelegramClient client) {
            return new TelegramSender(client);
        }

        @Bean
        OutboundChannel telegramOutbound(DeliveringReplies delivering) {
            return delivering.outboundChannel(Channel.TELEGRAM);
        }

        @Bean
        TelegramUpdates telegramUpdates(ReceivingMessage receiving, TelegramClient client) {
            return new TelegramUpdates(receiving, client);
        }

        @Bean
        @ConditionalOnProperty(name = "assistant.channels.telegram.mode", havingValue = "polling", matchIfMissing = true)
        TelegramPollingLeader telegramPolling(TelegramSettings settings, TelegramUpdates updates, Leases leases) {
            return new TelegramPollingLeader(
                    new TelegramPolling(settings.token(), TelegramConnection.url(settings.apiUrl()), updates),
                    leases, settings.pollingLease());
        }

        /** One instance polls alone; with Redis the instances share a lease (webhook mode uses none). */
        @Bean
        @InMemoryStore
        Leases leases() {
            return Leases.singleInstance();
        }

        @Bean
        @ConditionalOnProperty(name = "assistant.channels.telegram.mode", havingValue = "webhook")
        TelegramWebhookRegistration telegramWebhookRegistration(TelegramSettings settings, TelegramClient client,
                                                                AssistantSettings assistant) {
            String url = assistant.publicUrl().replaceAll("/+$", "") + "/webhooks/telegram";
            return new TelegramWebhookRegistration(client, url, requiredSecret(settings));
        }
    }

    /** The webhook secret, or start-up fails naming the property. */
    static String requiredSecret(TelegramSettings settings) {
        String secret = settings.webhookSecret();
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new IllegalStateException("assistant.channels.telegram.webhook-secret must be set in webhook mode: "
                    + "16 to 256 characters A-Z, a-z, 0-9, _ or - (Telegram's rule for secret_token)");
        }
        return secret;
    }
}
