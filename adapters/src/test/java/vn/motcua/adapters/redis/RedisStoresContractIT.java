package vn.motcua.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.adapters.contract.AuditRecordContracts.LookupAuditContract.lookup;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.contract.AuditRecordContracts;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.adapters.contract.BookingsContract;
import vn.motcua.adapters.contract.ConversationStoreContract;
import vn.motcua.adapters.contract.FloodGuardContract;
import vn.motcua.adapters.contract.MutableClock;
import vn.motcua.adapters.contract.OfferedOptionsContract;
import vn.motcua.adapters.contract.ProcedureStoreContract;
import vn.motcua.adapters.contract.RevisionStoreContract;
import vn.motcua.adapters.contract.SynonymStoreContract;
import vn.motcua.adapters.contract.UnansweredInboxContract;
import vn.motcua.adapters.contract.ZaloReplyWindowContract;
import vn.motcua.adapters.delivery.ChannelStoreContracts;
import vn.motcua.adapters.dossier.DossierStoreContracts;
import vn.motcua.adapters.zalo.ZaloTokenStoreContract;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.Redeliveries;
import vn.motcua.bot.rendering.OfferedOptions;
import vn.motcua.bot.understanding.DossierCode;
import vn.motcua.knowledge.editing.RevisionStore;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymStore;

/** The store contracts run against the Redis implementations, on a real redis-server. */
class RedisStoresContractIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final StringRedisTemplate redis = server.template();
    static final KeySpace keys = new KeySpace("contract:");

    @BeforeEach
    void empty() {
        server.flushAll();
    }

    @Nested
    class Conversations extends ConversationStoreContract {
        @Override
        protected ConversationStore store(Duration ttl) {
            return new RedisConversationStore(redis, keys, ttl, RedisConfiguration.storeJson());
        }
    }

    @Nested
    class Unanswered extends UnansweredInboxContract {
        @Override
        protected UnansweredInbox inbox(int capacity) {
            return new RedisUnansweredInbox(redis, keys, capacity, RedisConfiguration.storeJson());
        }
    }

    @Nested
    class Revisions extends RevisionStoreContract {
        @Override
        protected RevisionStore revisions() {
            return new RedisRevisionStore(redis, keys);
        }
    }

    @Nested
    class Procedures extends ProcedureStoreContract {
        @Override
        protected ProcedureStore store(List<Procedure> seeds) {
            return withSeeds(new RedisProcedureStore(redis, keys, List.of()), seeds);
        }
    }

    @Nested
    class RateLimits extends FloodGuardContract {
        @Override
        protected FloodGuard guard() {
            return new RedisFloodGuard(redis, keys);
        }
    }

    @Nested
    class Offers extends OfferedOptionsContract {
        @Override
        protected OfferedOptions offers() {
            return new RedisOfferedOptions(redis, keys, TTL, clock, RedisConfiguration.storeJson());
        }
    }

    @Nested
    class Deliveries extends ChannelStoreContracts.RedeliveriesContract {
        @Override
        protected Redeliveries open() {
            return new RedisRedeliveries(redis, keys, Duration.ofHours(24));
        }

        @Override
        protected Redeliveries reopen() {
            return open();
        }
    }

    @Nested
    class Dossiers extends DossierStoreContracts.DossierStoreContract {
        @Override
        protected DossierStore open() {
            return new RedisDossierStore(redis, keys, RedisConfiguration.storeJson());
        }

        @Override
        protected DossierStore reopen() {
            return open();
        }
    }

    @Nested
    class Attempts extends DossierStoreContracts.LookupAttemptsContract {
        @Override
        protected LookupAttempts open() {
            return new RedisLookupAttempts(redis, keys, LIMITS, clock);
        }
    }

    @Nested
    class DossierSubscriptions extends DossierStoreContracts.SubscriptionsContract {
        @Override
        protected Subscriptions open() {
            return new RedisSubscriptions(redis, keys, RedisConfiguration.storeJson());
        }

        @Override
        protected Subscriptions reopen() {
            return open();
        }
    }

    @Nested
    class PostalBookings extends BookingsContract {
        @Override
        protected Bookings bookings() {
            return new RedisBookings(redis, keys, JsonMapper.builder().findAndAddModules().build());
        }
    }

    @Nested
    class Synonyms extends SynonymStoreContract {
        @Override
        protected SynonymStore open() {
            return new RedisSynonymStore(redis, keys, List.of());
        }

        @Override
        protected SynonymStore reopen() {
            return open();
        }

        @Test
        void another_instance_sees_an_addition_on_refresh_and_a_repeated_one_is_kept_once() {
            RedisSynonymStore a = new RedisSynonymStore(redis, keys, List.of());
            RedisSynonymStore b = new RedisSynonymStore(redis, keys, List.of());
            a.add(new Synonym("giấy đỏ", "sổ đỏ"));
            assertThat(b.refresh()).isTrue();
            assertThat(b.refresh()).isFalse();
            b.add(new Synonym("giấy đỏ", "sổ đỏ"));
            assertThat(a.resync()).isFalse();
            assertThat(b.all()).containsExactly(new Synonym("giấy đỏ", "sổ đỏ"));
        }

        @Test
        void a_redis_that_lost_its_data_gets_the_synonyms_back_from_an_instance() {
            RedisSynonymStore a = new RedisSynonymStore(redis, keys, List.of());
            a.add(new Synonym("giấy đỏ", "sổ đỏ"));
            server.flushAll();
            assertThat(a.resync()).isFalse();
            assertThat(new RedisSynonymStore(redis, keys, List.of()).all()).containsExactly(new Synonym("giấy đỏ", "sổ đỏ"));
        }

        @Test
        void entries_kept_in_a_data_dir_before_redis_are_carried_over_once() {
            new RedisSynonymStore(redis, keys, List.of()).add(new Synonym("ko", "không"));
            RedisSynonymStore upgraded = new RedisSynonymStore(redis, keys,
                    List.of(new Synonym("giấy đỏ", "sổ đỏ"), new Synonym("ko", "không")));
            assertThat(upgraded.all()).containsExactly(new Synonym("ko", "không"), new Synonym("giấy đỏ", "sổ đỏ"));
            assertThat(new RedisSynonymStore(redis, keys, List.of()).all()).hasSize(2);
        }
    }

    @Nested
    class DemoDossierHolding extends DossierStoreContracts.DemoDossierStoreContract {
        final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T03:00:00Z"));

        @Override
        protected DossierStore dossiers() {
            return new RedisDossierStore(redis, keys, RedisConfiguration.storeJson());
        }

        @Override
        protected DemoDossierStore demo() {
            return new RedisDemoDossiers(redis, keys, RedisConfiguration.storeJson(), clock);
        }

        @Test
        void the_first_instance_of_the_day_writes_them_and_the_next_day_they_are_dated_anew() {
            DossierStore store = dossiers();
            Dossier first = demoDossier(clock);
            assertThat(demo().hold(List.of(first))).isEqualTo(1);
            // another instance starting the same day finds the work done
            assertThat(demo().hold(List.of(first))).isZero();

            clock.advance(Duration.ofDays(1));
            Dossier nextDay = demoDossier(clock);
            assertThat(demo().hold(List.of(nextDay))).isEqualTo(1);
            assertThat(store.find(nextDay.code())).contains(nextDay);
        }

        private Dossier demoDossier(MutableClock at) {
            OffsetDateTime received = at.instant().atZone(Dossier.VIETNAM).toOffsetDateTime().minusDays(2);
            return new Dossier(new DossierCode("000.00.00.H99-251103-0001"), DossierStatus.IN_PROGRESS,
                    "ho-tich.khai-sinh", "0900001111", null, "Nguyễn Văn Mẫu", null, null, received, received.plusDays(5));
        }
    }

    @Nested
    class Lookups extends AuditRecordContracts.LookupAuditContract {
        @Override
        protected LookupAudit open() {
            return new RedisLookupAudit(new CappedJsonList<>(redis, keys.lookupRecord(), 1200, LookupAudit.Entry.class,
                    RedisConfiguration.storeJson()));
        }

        @Test
        void keeps_no_more_than_its_capacity_in_redis() {
            LookupAudit audit = new RedisLookupAudit(new CappedJsonList<>(redis, keys.lookupRecord(), 3,
                    LookupAudit.Entry.class, RedisConfiguration.storeJson()));
            for (int n = 1; n <= 5; n++) {
                audit.record(lookup(n, LookupAudit.Outcome.OPENED));
            }
            assertThat(redis.opsForList().size(keys.lookupRecord())).isEqualTo(3);
            assertThat(audit.recent()).extracting(LookupAudit.Entry::sender)
                    .containsExactly("zalo-user-5", "zalo-user-4", "zalo-user-3");
        }
    }

    @Nested
    class AdminActions extends AuditRecordContracts.AdminAuditTrailContract {
        @Override
        protected AdminAuditTrail open() {
            return new RedisAdminAuditTrail(new CappedJsonList<>(redis, keys.adminRecord(), 100_000,
                    AdminAuditTrail.Entry.class, RedisConfiguration.storeJson()));
        }

        @Override
        protected AdminAuditTrail reopen() {
            return open();
        }
    }
    /** Each call is another instance's store object on the same Redis. */
    @Nested
    class ZaloTokens extends ZaloTokenStoreContract {
        @Override
        protected ZaloTokenStore open() {
            return new RedisZaloTokenStore(redis, keys, Duration.ofSeconds(30), Duration.ofSeconds(5));
        }

        @Override
        protected ZaloTokenStore anotherHolder() {
            return open();
        }

        @Override
        protected ZaloTokenStore restarted() {
            return open();
        }
    }

    @Nested
    class ZaloReplyWindows extends ZaloReplyWindowContract {
        @Override
        protected ZaloReplyWindow window() {
            return new RedisZaloReplyWindow(redis, keys, Clock.systemUTC());
        }

        @Override
        protected ZaloReplyWindow restarted() {
            return window();
        }
    }
}
