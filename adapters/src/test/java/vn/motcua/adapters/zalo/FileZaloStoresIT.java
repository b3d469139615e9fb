package vn.motcua.adapters.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.adapters.contract.ZaloReplyWindowContract;

/** The Zalo store contracts against the files of the in-process store (assistant.store=memory). */
class FileZaloStoresIT {
    private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Nested
    class Tokens extends ZaloTokenStoreContract {
        @TempDir
        Path dir;
        private ZaloTokenStore store;

        @Override
        protected ZaloTokenStore open() {
            store = new FileZaloTokenStore(dir.resolve("zalo-tokens.json"), json);
            return store;
        }

        /** A file store belongs to one process: its other holders are that process's other senders. */
        @Override
        protected ZaloTokenStore anotherHolder() {
            return store;
        }

        @Override
        protected ZaloTokenStore restarted() {
            return new FileZaloTokenStore(dir.resolve("zalo-tokens.json"), json);
        }
    }

    @Nested
    class ReplyWindows extends ZaloReplyWindowContract {
        @TempDir
        Path dir;

        @Override
        protected ZaloReplyWindow window() {
            return restarted();
        }

        @Override
        protected ZaloReplyWindow restarted() {
            return new FileReplyWindow(dir.resolve("zalo-reply-window.json"), dir.resolve("zalo-interactions.json"),
                    Duration.ofHours(48), json, Clock.systemUTC());
        }

        @Test
        void the_last_message_times_of_earlier_versions_are_read_once() throws Exception {
            Instant wrote = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Files.writeString(dir.resolve("zalo-interactions.json"), "{\"zu-old\":\"" + wrote + "\"}");
            assertThat(window().closesFor("zu-old")).contains(wrote.plus(Duration.ofHours(48)));
        }
    }
}
