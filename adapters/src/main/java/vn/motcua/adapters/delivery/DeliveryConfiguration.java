package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.delivery.ChannelSender;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.InMemoryFloodGuard;
import vn.motcua.bot.receiving.Inbox;
import vn.motcua.bot.receiving.ReceivingMessage;
import vn.motcua.bot.receiving.Redeliveries;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;
import vn.motcua.bot.rendering.OfferedOptions;

/**
 * The message path every chat channel shares: receiving (dedup, inbox, flood guard, lanes) and
 * delivering (outbox, pacing, retries). The stores live under {@code <data-dir>/channels/}.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static Path dir(AssistantSettings settings) {
        return settings.dataDir().resolve("channels");
    }

    @Bean
    @InMemoryStore
    Redeliveries redeliveries(AssistantSettings settings, ObjectMapper json, Clock clock) {
        return new FileRedeliveries(dir(settings).resolve("seen-deliveries.json"), json, 5_000, Duration.ofHours(24), clock);
    }

    /** This instance's own work queue: on local disk in both store modes, so it works while Redis is down. */
    @Bean
    Inbox inbox(AssistantSettings settings, ObjectMapper json) {
        return new FileInbox(dir(settings).resolve("inbox.json"), json);
    }

    /** This instance's own work queue: on local disk in both store modes, so it works while Redis is down. */
    @Bean
    Outbox outbox(AssistantSettings settings, ObjectMapper json) {
        return new FileOutbox(dir(settings).resolve("outbox.json"), json);
    }

    @Bean
    @InMemoryStore
    OfferedOptions offeredOptions(Clock clock) {
        return new InMemoryOfferedOptions(Duration.ofHours(24), clock);
    }

    /** Per-sender limits for chat channels and the web API; {@code assistant.rate-limits.enabled=false} turns them off. */
    @Bean
    @InMemoryStore
    FloodGuard floodGuard(AssistantSettings settings) {
        return settings.rateLimits().enabled() ? new InMemoryFloodGuard() : FloodGuard.off();
    }

    static final int PARALLEL_SENDS = 16;

    @Bean
    DeliveringReplies deliveringReplies(Outbox outbox, ObjectProvider<ChannelSender> senders, OfferedOptions offered,
                                        Clock clock) {
        // channel APIs answer in tens of milliseconds: 16 sends in flight keep an SMS blast moving
        // while each channel's Pace still caps the rate
        return new DeliveringReplies(outbox, senders.orderedStream().toList(), offered, clock, PARALLEL_SENDS);
    }

    @Bean(destroyMethod = "close")
    StripedLanes answeringLanes() {
        return new StripedLanes(4);
    }

    @Bean
    ReceivingMessage receivingMessage(Assistant assistant, Redeliveries redeliveries, Inbox inbox, FloodGuard floodGuard,
                                      OfferedOptions offered, DeliveringReplies delivering, StripedLanes lanes,
                                      Clock clock) {
        return new ReceivingMessage(assistant, redeliveries, inbox, floodGuard, offered, delivering, lanes, clock);
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveringReplies delivering, ReceivingMessage receiving) {
        return new DeliveryWorker(delivering, receiving);
    }
}
