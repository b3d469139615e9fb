package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.adapters.delivery.QueueAdoptionIT.BEAT;
import static vn.motcua.adapters.delivery.QueueAdoptionIT.TIMEOUT;
import static vn.motcua.adapters.delivery.QueueAdoptionIT.await;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.redis.RedisServer;
import vn.motcua.adapters.redis.RedisWorkQueues;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.receiving.Inbox;

/**
 * Redis down: what a webhook acknowledges is kept in the instance's files instead, and the instance
 * still answers and sends it; when Redis returns, what is still waiting moves into Redis (so it
 * outlives the instance again) and new entries go to Redis. Nothing is lost or sent twice.
 */
class ChannelQueuesDuringOutageIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();

    @TempDir
    Path dir;
    private RedisWorkQueues queues;
    private RedisWorkQueues heir;

    @AfterEach
    void stop() {
        server.start();
        queues.close();
        if (heir != null) {
            heir.close();
        }
    }

    @Test
    void entries_kept_on_disk_while_redis_is_down_are_delivered_and_handed_back_to_redis() throws Exception {
        queues = new RedisWorkQueues(server.template(), "outage:", "solo", BEAT, TIMEOUT);
        queues.start();
        Inbox inbox = RedisChannelStoresIT.inbox(queues, dir.resolve("inbox.json"));
        Outbox outbox = RedisChannelStoresIT.outbox(queues, dir.resolve("outbox.json"));
        RecordingTelegram telegram = new RecordingTelegram();
        DeliveringReplies delivering = telegram.delivering(outbox);

        server.kill();
        inbox.keep(new Inbox.PendingMessage("telegram:1", new InboundMessage(Channel.TELEGRAM, "r1", "xin chào", null,
                Instant.now())));
        delivering.send(Channel.TELEGRAM, "r1", List.of(Reply.text("during-1"), Reply.text("during-2")));
        assertThat(new FileInbox(dir.resolve("inbox.json"), FileStoresTest.JSON).pending())
                .as("the acknowledged message is on disk").extracting(Inbox.PendingMessage::deliveryId)
                .containsExactly("telegram:1");
        assertThat(new FileOutbox(dir.resolve("outbox.json"), FileStoresTest.JSON).all()).hasSize(2);

        await(() -> {
            delivering.deliverDue();
            return telegram.texts().size() == 2;
        });
        assertThat(telegram.texts()).containsExactly("during-1", "during-2");
        delivering.send(Channel.TELEGRAM, "r2", List.of(Reply.text("waiting")));
        assertThat(inbox.pending()).extracting(Inbox.PendingMessage::deliveryId).containsExactly("telegram:1");

        server.start(); // empty: what it held before the outage is gone, what waits on disk is not
        await(() -> new FileOutbox(dir.resolve("outbox.json"), FileStoresTest.JSON).all().isEmpty()
                && new FileInbox(dir.resolve("inbox.json"), FileStoresTest.JSON).pending().isEmpty());
        assertThat(outbox.all()).extracting(r -> r.reply().text()).containsExactly("waiting");
        assertThat(inbox.pending()).extracting(Inbox.PendingMessage::deliveryId).containsExactly("telegram:1");
        delivering.send(Channel.TELEGRAM, "r3", List.of(Reply.text("after")));
        assertThat(new FileOutbox(dir.resolve("outbox.json"), FileStoresTest.JSON).all())
                .as("Redis takes new entries again").isEmpty();

        // the entries now outlive this instance: another one adopts and sends them, once
        queues.close();
        heir = new RedisWorkQueues(server.template(), "outage:", "heir", BEAT, TIMEOUT);
        Outbox heirOutbox = RedisChannelStoresIT.outbox(heir, dir.resolve("heir-outbox.json"));
        Inbox heirInbox = RedisChannelStoresIT.inbox(heir, dir.resolve("heir-inbox.json"));
        RecordingTelegram heirTelegram = new RecordingTelegram();
        DeliveringReplies heirDelivering = heirTelegram.delivering(heirOutbox);
        heir.start();
        await(() -> {
            heirDelivering.deliverDue();
            return heirTelegram.texts().size() == 2;
        });
        heirDelivering.deliverDue();
        delivering.deliverDue();
        assertThat(heirTelegram.texts()).containsExactly("waiting", "after");
        assertThat(telegram.texts()).containsExactly("during-1", "during-2");
        assertThat(heirInbox.pending()).extracting(Inbox.PendingMessage::deliveryId).containsExactly("telegram:1");
    }
}
