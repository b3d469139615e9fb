package vn.motcua.adapters.delivery;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.redis.RedisServer;
import vn.motcua.adapters.redis.RedisWorkQueues;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.receiving.Inbox;

/**
 * The inbox and outbox contracts against their Redis implementation ({@code assistant.store=redis}),
 * on a real redis-server; "reopen" is the same instance restarted with the same instance id.
 */
class RedisChannelStoresIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();

    @BeforeEach
    void empty() {
        server.flushAll();
    }

    static RedisWorkQueues queues() {
        return new RedisWorkQueues(server.template(), "contract:", "instance-1", Duration.ofSeconds(5),
                Duration.ofSeconds(30));
    }

    static Inbox inbox(RedisWorkQueues queues, Path file) {
        FileInbox local = new FileInbox(file, FileStoresTest.JSON);
        return new QueuedInbox(queues.own("inbox", Inbox.PendingMessage.class, Inbox.PendingMessage::deliveryId,
                QueuedInbox.asWorkQueue(local)), local);
    }

    static Outbox outbox(RedisWorkQueues queues, Path file) {
        FileOutbox local = new FileOutbox(file, FileStoresTest.JSON);
        return new QueuedOutbox(queues.own("outbox", Outbox.OutgoingReply.class, Outbox.OutgoingReply::id,
                QueuedOutbox.asWorkQueue(local)), local);
    }

    @Nested
    class PendingInbox extends ChannelStoreContracts.InboxContract {
        @TempDir
        Path dir;

        @Override
        protected Inbox open() {
            return reopen();
        }

        @Override
        protected Inbox reopen() {
            return inbox(queues(), dir.resolve("inbox.json"));
        }
    }

    @Nested
    class PendingOutbox extends ChannelStoreContracts.OutboxContract {
        @TempDir
        Path dir;

        @Override
        protected Outbox open() {
            return reopen();
        }

        @Override
        protected Outbox reopen() {
            return outbox(queues(), dir.resolve("outbox.json"));
        }
    }
}
