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
import vn.motcua.adapters.RedisStore;
import vn.motcua.adapters.WorkQueues;
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
 * delivering (outbox, pacing, retries). The stores live under {@code <data-dir>/channels/}; with
 * {@code assistant.store=redis} the inbox and outbox live in Redis (files only while Redis is down).
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

    @Bean
    @InMemoryStore
    Inbox inbox(AssistantSettings settings, ObjectMapper json) {
        return fileInbox(settings, json);
    }

    @Bean
    @InMemoryStore
    Outbox outbox(AssistantSettings settings, ObjectMapper json) {
        return fileOutbox(settings, json);
    }

    /**
     * This instance's own queue in Redis, adopted by another instance if this one stops for good; the
     * file inbox keeps messages while Redis is down (and hands them to Redis when it returns).
     */
    @Bean(destroyMethod = "close")
    @RedisStore
    Inbox sharedInbox(WorkQueues queues, AssistantSettings settings, ObjectMapper json) {
        FileInbox local = fileInbox(settings, json);
        return new QueuedInbox(queues.own("inbox", Inbox.PendingMessage.class, Inbox.PendingMessage::deliveryId,
                QueuedInbox.asWorkQueue(local)), local);
    }

    /** As {@link #sharedInbox}, for replies not yet taken by their channel. */
    @Bean(destroyMethod = "close")
    @RedisStore
    Outbox sharedOutbox(WorkQueues queues, AssistantSettings settings, ObjectMapper json) {
        FileOutbox local = fileOutbox(settings, json);
        return new QueuedOutbox(queues.own("outbox", Outbox.OutgoingReply.class, Outbox.OutgoingReply::id,
                QueuedOutbox.asWorkQueue(local)), local);
    }

    private static FileInbox fileInbox(AssistantSettings settings, ObjectMapper json) {
        return new FileInbox(dir(settings).resolve("inbox.json"), json);
    }

    private static FileOutbox fileOutbox(AssistantSettings settings, ObjectMapper json) {
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

    /**
     * Answering waits for the outbox's fsync (tens of milliseconds on a busy disk) more than it computes:
     * with more lanes, more answers share each fsync (group commit).
     */
    static final int ANSWERING_LANES = 16;

    @Bean(destroyMethod = "close")
    StripedLanes answeringLanes() {
        return new StripedLanes(ANSWERING_LANES);
    }

    @Bean
    ReceivingMessage receivingMessage(Assistant assistant, Redeliveries redeliveries, Inbox inbox, FloodGuard floodGuard,
                                      OfferedOptions offered, DeliveringReplies delivering, StripedLanes lanes,
                                      Clock clock, ObjectProvider<WorkQueues> queues) {
        ReceivingMessage receiving = new ReceivingMessage(assistant, redeliveries, inbox, floodGuard, offered,
                delivering, lanes, clock);
        // messages adopted from a stopped instance are answered here; its replies are sent by the
        // delivering thread's next pass, which reads the outbox anyway
        queues.ifAvailable(q -> q.whenAdopted(receiving::answerPending));
        return receiving;
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliveringReplies delivering, ReceivingMessage receiving) {
        return new DeliveryWorker(delivering, receiving);
    }
}
