package vn.motcua.adapters.contract;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.inbox.InMemoryUnansweredInbox;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.InMemoryBookings;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.InMemoryFloodGuard;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;
import vn.motcua.bot.rendering.OfferedOptions;
import vn.motcua.knowledge.editing.InMemoryRevisionStore;
import vn.motcua.knowledge.editing.RevisionStore;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.store.FileProcedureStore;
import vn.motcua.knowledge.store.InMemoryProcedureStore;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.synonym.FileSynonymStore;
import vn.motcua.knowledge.synonym.SynonymStore;

/** The store contracts run against the in-process implementations (the default, assistant.store=memory). */
class InMemoryStoresContractTest {

    @Nested
    class Conversations extends ConversationStoreContract {
        @Override
        protected ConversationStore store(Duration ttl) {
            return new InMemoryConversationStore(ttl, Clock.systemUTC());
        }
    }

    @Nested
    class Unanswered extends UnansweredInboxContract {
        @Override
        protected UnansweredInbox inbox(int capacity) {
            return new InMemoryUnansweredInbox(capacity);
        }
    }

    @Nested
    class Revisions extends RevisionStoreContract {
        @Override
        protected RevisionStore revisions() {
            return new InMemoryRevisionStore();
        }
    }

    @Nested
    class Procedures extends ProcedureStoreContract {
        @Override
        protected ProcedureStore store(List<Procedure> seeds) {
            return new InMemoryProcedureStore(seeds);
        }
    }

    @Nested
    class ProcedureFiles extends ProcedureStoreContract {
        @TempDir
        Path dir;

        @Override
        protected ProcedureStore store(List<Procedure> seeds) {
            return withSeeds(new FileProcedureStore(dir.resolve("procedures-" + System.nanoTime())), seeds);
        }
    }

    @Nested
    class RateLimits extends FloodGuardContract {
        @Override
        protected FloodGuard guard() {
            return new InMemoryFloodGuard();
        }
    }

    @Nested
    class Offers extends OfferedOptionsContract {
        @Override
        protected OfferedOptions offers() {
            return new InMemoryOfferedOptions(TTL, clock);
        }
    }

    @Nested
    class PostalBookings extends BookingsContract {
        @Override
        protected Bookings bookings() {
            return new InMemoryBookings();
        }
    }

    @Nested
    class SynonymFiles extends SynonymStoreContract {
        @TempDir
        Path dir;

        @Override
        protected SynonymStore open() {
            return new FileSynonymStore(dir);
        }

        @Override
        protected SynonymStore reopen() {
            return open();
        }
    }
}
