package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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

    @Test
    void concurrent_first_deliveries_are_each_on_disk_once_taken(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seen.json");
        Redeliveries seen = new FileRedeliveries(file, JSON, 1_000, Duration.ofHours(1), Clock.systemUTC());
        List<String> ids = IntStream.range(0, 400).mapToObj(i -> "u" + i).toList();
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(16);
        for (String id : ids) {
            // each id twice, as a platform retrying at once would: exactly one of the two is taken
            senders.submit(() -> {
                if (seen.firstDelivery(id)) {
                    taken.add(id);
                }
            });
            senders.submit(() -> {
                if (seen.firstDelivery(id)) {
                    taken.add(id);
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(taken).containsExactlyInAnyOrderElementsOf(ids);
        Redeliveries reopened = new FileRedeliveries(file, JSON, 1_000, Duration.ofHours(1), Clock.systemUTC());
        assertThat(ids).noneMatch(reopened::firstDelivery);
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

    /** A restart as a stop and a start: the previous instance is closed first, as Spring closes it. */
    @Nested
    class PendingInbox extends ChannelStoreContracts.InboxContract {
        @TempDir
        Path dir;
        FileInbox running;

        @Override
        protected Inbox open() {
            return reopen();
        }

        @Override
        protected Inbox reopen() {
            if (running != null) {
                running.close();
            }
            running = new FileInbox(dir.resolve("inbox.json"), JSON);
            return running;
        }
    }

    /** A restart as a stop and a start: the previous instance is closed first, as Spring closes it. */
    @Nested
    class PendingOutbox extends ChannelStoreContracts.OutboxContract {
        @TempDir
        Path dir;
        FileOutbox running;

        @Override
        protected Outbox open() {
            return reopen();
        }

        @Override
        protected Outbox reopen() {
            if (running != null) {
                running.close();
            }
            running = new FileOutbox(dir.resolve("outbox.json"), JSON);
            return running;
        }
    }
}
