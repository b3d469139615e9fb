package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
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

        @Bean
        ZaloInteractions zaloInteractions(ZaloSettings settings, AssistantSettings assistant, ObjectMapper json,
                                          Clock clock) {
            return new ZaloInteractions(assistant.dataDir().resolve("channels").resolve("zalo-interactions.json"),
                    json, settings.replyWindow(), clock);
        }

        @Bean
        ZaloSender zaloSender(ZaloSettings settings, AssistantSettings assistant, ZaloInteractions interactions,
                              ObjectMapper json, Clock clock) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ZaloTokens tokens = new ZaloTokens(settings,
                    assistant.dataDir().resolve("channels").resolve("zalo-tokens.json"), http, json, clock);
            log.info("Zalo OA channel on: webhook at /webhooks/zalo, API {}", settings.apiUrl());
            return new ZaloSender(new ZaloClient(settings.apiUrl(), tokens, http, json), interactions, clock);
        }

        @Bean
        OutboundChannel zaloOutbound(DeliveringReplies delivering) {
            return delivering.outboundChannel(Channel.ZALO);
        }
    }
}
