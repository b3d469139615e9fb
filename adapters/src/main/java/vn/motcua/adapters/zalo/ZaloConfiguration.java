package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;

/** The Zalo OA channel: off without credentials (said once), on by itself with them. */
@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ZaloConfiguration.class);

    ZaloConfiguration(ZaloSettings settings) {
        if (!settings.configured()) {
            log.info("Zalo OA channel off: set assistant.channels.zalo.app-id, .oa-secret-key and .access-token "
                    + "or .refresh-token (with .app-secret) to turn it on");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ZaloConfigured.class)
    static class On {

        /** One process's reply windows; with {@code assistant.store=redis} the shared ones replace them. */
        @Bean
        @InMemoryStore
        ZaloReplyWindow zaloReplyWindow(ZaloSettings settings, AssistantSettings assistant, ObjectMapper json,
                                        Clock clock) {
            Path channels = assistant.dataDir().resolve("channels");
            return new FileReplyWindow(channels.resolve("zalo-reply-window.json"),
                    channels.resolve("zalo-interactions.json"), settings.replyWindow(), json, clock);
        }

        /** One process's tokens; with {@code assistant.store=redis} the shared ones replace them. */
        @Bean
        @InMemoryStore
        ZaloTokenStore zaloTokenStore(AssistantSettings assistant, ObjectMapper json) {
            return new FileZaloTokenStore(assistant.dataDir().resolve("channels").resolve("zalo-tokens.json"), json);
        }

        @Bean
        ZaloSender zaloSender(ZaloSettings settings, ZaloTokenStore tokenStore, ZaloReplyWindow window,
                              ObjectMapper json, Clock clock) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ZaloTokens tokens = new ZaloTokens(settings, tokenStore, http, json, clock);
            log.info("Zalo OA channel on: webhook at /webhooks/zalo, API {}", settings.apiUrl());
            return new ZaloSender(new ZaloClient(settings.apiUrl(), tokens, http, json), window, clock);
        }

        @Bean
        OutboundChannel zaloOutbound(DeliveringReplies delivering) {
            return delivering.outboundChannel(Channel.ZALO);
        }
    }
}
