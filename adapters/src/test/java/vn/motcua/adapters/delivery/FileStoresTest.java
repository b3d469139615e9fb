package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.receiving.Inbox;
import vn.motcua.bot.receiving.Redeliveries;

/** The file-backed stores under the data dir meet the channel store contracts. */
class FileStoresTest {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void remembers_at_most_its_capacity_of_recent_ids(@TempDir Path dir) {
        Redeliveries seen = new FileRedeliveries(dir.resolve("seen.json"), JSON, 3, Duration.ofHours(1), Clock.systemUTC());
        for (String id : new String[] {"a", "b", "c", "d"}) {
            assertThat(seen.firstDelivery(id)).isTrue();
        }
        assertThat(seen.firstDelivery("d")).isFalse();
        assertThat(seen.firstDelivery("a")).as("the oldest made room").isTrue();
    }

    @Nested
    class Seen extends ChannelStoreContracts.RedeliveriesContract {
        @TempDir
        Path dir;

        @Override
        protected Redeliveries open() {
            return reopen();
        }

        @Override
        protected Redeliveries reopen() {
            return new FileRedeliveries(dir.resolve("seen.json"), JSON, 100, Duration.ofHours(1), Clock.systemUTC());
        }
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
            return new FileInbox(dir.resolve("inbox.json"), JSON);
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
            return new FileOutbox(dir.resolve("outbox.json"), JSON);
        }
    }
}
