package vn.motcua.adapters.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.contract.MutableClock;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.DossierStore.Saved;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupLimits;
import vn.motcua.bot.dossier.Subscription;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * What every implementation of the dossier store ports must do, file-backed or Redis: extend the nested
 * contract and say how to open the store, and how to open it again as a restarted process would.
 */
public final class DossierStoreContracts {
    static final DossierCode CODE = new DossierCode("000.00.21.H42-251103-0012");
    static final DossierCode OTHER = new DossierCode("H42.19-251103-0013");
    static final ConversationKey CHAT = new ConversationKey(Channel.TELEGRAM, "12345");
    static final ConversationKey PHONE = new ConversationKey(Channel.SMS, "+84912345678");
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 10, 9, 15, 0, 123_456_000, ZoneOffset.ofHours(7));

    private DossierStoreContracts() {
    }

    static Dossier dossier(DossierCode code, DossierStatus status) {
        return new Dossier(code, status, "ho-tich.khai-sinh", "0912345678", "001203004321", "Nguyễn Văn Thử", null,
                "ghi chú", OffsetDateTime.of(2026, 11, 3, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    /** The made-up dossiers of the demo: found beside the real ones, never over one. */
    public abstract static class DemoDossierStoreContract {
        /** A dossier store and the demo store writing into it. */
        protected abstract DossierStore dossiers();

        protected abstract DemoDossierStore demo();

        @Test
        void demo_dossiers_are_found_beside_real_ones_and_never_replace_one() {
            DossierStore store = dossiers();
            Dossier real = dossier(CODE, DossierStatus.DONE);
            store.save(real);

            int written = demo().hold(List.of(dossier(CODE, DossierStatus.IN_PROGRESS),
                    dossier(OTHER, DossierStatus.MORE_DOCUMENTS)));

            assertThat(written).isEqualTo(1);
            assertThat(store.find(CODE)).contains(real);
            assertThat(store.find(OTHER)).contains(dossier(OTHER, DossierStatus.MORE_DOCUMENTS));
        }

        @Test
        void a_dossier_pushed_over_a_demo_code_replaces_it() {
            DossierStore store = dossiers();
            demo().hold(List.of(dossier(OTHER, DossierStatus.MORE_DOCUMENTS)));

            assertThat(store.save(dossier(OTHER, DossierStatus.DONE))).isEqualTo(Saved.WRITTEN);
            assertThat(store.find(OTHER)).contains(dossier(OTHER, DossierStatus.DONE));
        }
    }

    public abstract static class DossierStoreContract {
        protected abstract DossierStore open();

        protected abstract DossierStore reopen();

        @Test
        void keeps_the_latest_state_and_says_when_an_update_changed_nothing() {
            DossierStore store = open();
            assertThat(store.find(CODE)).isEmpty();
            assertThat(store.save(dossier(CODE, DossierStatus.IN_PROGRESS))).isEqualTo(Saved.WRITTEN);
            assertThat(store.save(dossier(CODE, DossierStatus.IN_PROGRESS))).isEqualTo(Saved.UNCHANGED);
            assertThat(store.save(dossier(CODE, DossierStatus.DONE))).isEqualTo(Saved.WRITTEN);
            assertThat(reopen().find(CODE)).contains(dossier(CODE, DossierStatus.DONE));
            assertThat(reopen().save(dossier(CODE, DossierStatus.DONE))).isEqualTo(Saved.UNCHANGED);
        }

        @Test
        void an_update_older_than_the_stored_one_changes_nothing_even_after_a_restart() {
            DossierStore store = open();
            Dossier done = dossier(CODE, DossierStatus.DONE).withUpdatedAt(AT.plusMinutes(5));
            assertThat(store.save(done)).isEqualTo(Saved.WRITTEN);
            // the same moment sent in UTC, and one microsecond earlier
            assertThat(store.save(dossier(CODE, DossierStatus.IN_PROGRESS)
                    .withUpdatedAt(AT.plusMinutes(5).minusNanos(1000).withOffsetSameInstant(ZoneOffset.UTC))))
                    .isEqualTo(Saved.STALE);
            assertThat(store.find(CODE)).contains(done);
            assertThat(reopen().save(dossier(CODE, DossierStatus.IN_PROGRESS).withUpdatedAt(AT)))
                    .isEqualTo(Saved.STALE);
            assertThat(reopen().find(CODE)).contains(done);
            assertThat(reopen().save(done.withUpdatedAt(AT.plusMinutes(5).withOffsetSameInstant(ZoneOffset.UTC))))
                    .as("an equal time with the same content is a repeat").isEqualTo(Saved.UNCHANGED);

            Dossier returned = dossier(CODE, DossierStatus.RETURNED).withUpdatedAt(AT.plusMinutes(5));
            assertThat(store.save(returned)).as("an equal time with new content is written").isEqualTo(Saved.WRITTEN);
            Dossier untimed = dossier(CODE, DossierStatus.IN_PROGRESS);
            assertThat(store.save(untimed)).as("an update without a time is written as before").isEqualTo(Saved.WRITTEN);
            assertThat(store.save(dossier(CODE, DossierStatus.MORE_DOCUMENTS).withUpdatedAt(AT)))
                    .as("nor can a timed one be stale against an untimed one").isEqualTo(Saved.WRITTEN);
            assertThat(reopen().find(CODE)).contains(dossier(CODE, DossierStatus.MORE_DOCUMENTS).withUpdatedAt(AT));
        }

        @Test
        void of_updates_arriving_at_once_in_any_order_the_newest_is_left_stored() throws Exception {
            DossierStore store = open();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            DossierStatus[] statuses = DossierStatus.values();
            try {
                for (int round = 0; round < 5; round++) {
                    DossierCode code = new DossierCode("000.00.21.H42-251103-09" + (10 + round));
                    List<Future<Saved>> saves = new ArrayList<>();
                    // newest first: without one compare-and-write step an older one can land last
                    for (int i = 31; i >= 0; i--) {
                        Dossier update = dossier(code, statuses[i % statuses.length]).withUpdatedAt(AT.plusSeconds(i));
                        saves.add(pool.submit(() -> store.save(update)));
                    }
                    for (Future<Saved> f : saves) {
                        f.get();
                    }
                    assertThat(store.find(code)).contains(dossier(code, statuses[31 % statuses.length])
                            .withUpdatedAt(AT.plusSeconds(31)));
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void the_same_update_arriving_at_once_changes_the_store_once() throws Exception {
            DossierStore store = open();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> saves = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    saves.add(pool.submit(() -> store.save(dossier(OTHER, DossierStatus.MORE_DOCUMENTS)).changed()));
                }
                int changed = 0;
                for (Future<Boolean> f : saves) {
                    changed += f.get() ? 1 : 0;
                }
                assertThat(changed).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    public abstract static class SubscriptionsContract {
        protected abstract Subscriptions open();

        protected abstract Subscriptions reopen();

        @Test
        void a_follower_is_told_each_status_once_even_after_a_restart() {
            Subscriptions subscriptions = open();
            subscriptions.subscribe(new Subscription(CHAT, CODE, DossierStatus.IN_PROGRESS, Instant.EPOCH));
            assertThat(subscriptions.advance(CHAT, CODE, DossierStatus.IN_PROGRESS)).isFalse();
            assertThat(subscriptions.advance(CHAT, CODE, DossierStatus.DONE)).isTrue();
            assertThat(subscriptions.advance(CHAT, CODE, DossierStatus.DONE)).isFalse();
            Subscriptions restarted = reopen();
            assertThat(restarted.advance(CHAT, CODE, DossierStatus.DONE)).isFalse();
            assertThat(restarted.of(CODE)).singleElement()
                    .satisfies(s -> assertThat(s.lastKnown()).isEqualTo(DossierStatus.DONE));
        }

        @Test
        void advancing_at_once_lets_exactly_one_caller_send() throws Exception {
            Subscriptions subscriptions = open();
            subscriptions.subscribe(new Subscription(PHONE, OTHER, DossierStatus.IN_PROGRESS, Instant.EPOCH));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    tries.add(pool.submit(() -> subscriptions.advance(PHONE, OTHER, DossierStatus.DONE)));
                }
                int sent = 0;
                for (Future<Boolean> f : tries) {
                    sent += f.get() ? 1 : 0;
                }
                assertThat(sent).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void one_message_stops_one_or_all_and_nobody_else_s() {
            Subscriptions subscriptions = open();
            subscriptions.subscribe(new Subscription(CHAT, CODE, DossierStatus.IN_PROGRESS, Instant.EPOCH));
            subscriptions.subscribe(new Subscription(CHAT, OTHER, DossierStatus.RECEIVED, Instant.EPOCH));
            subscriptions.subscribe(new Subscription(PHONE, CODE, DossierStatus.IN_PROGRESS, Instant.EPOCH));
            assertThat(subscriptions.watched()).containsExactlyInAnyOrder(CODE, OTHER);
            assertThat(subscriptions.follows(CHAT, OTHER)).isTrue();

            assertThat(subscriptions.cancel(CHAT, OTHER)).isTrue();
            assertThat(subscriptions.cancel(CHAT, OTHER)).isFalse();
            assertThat(subscriptions.cancelAll(CHAT)).isEqualTo(1);
            assertThat(subscriptions.advance(CHAT, CODE, DossierStatus.DONE)).as("no longer follows").isFalse();
            assertThat(reopen().of(CODE)).extracting(Subscription::subscriber).containsExactly(PHONE);
        }
    }

    public abstract static class LookupAttemptsContract {
        protected static final LookupLimits LIMITS =
                new LookupLimits(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));

        /** The clock {@link #open()} must use, moved by the tests below. */
        protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-15T03:00:00Z"));

        /** Attempts with {@link #LIMITS} on {@link #clock}. */
        protected abstract LookupAttempts open();

        @Test
        void a_lock_out_ends_and_failures_older_than_the_window_do_not_count() {
            LookupAttempts attempts = open();
            attempts.failed(CHAT, CODE);
            attempts.failed(CHAT, CODE);
            clock.advance(Duration.ofMinutes(16));
            attempts.failed(CHAT, CODE);
            assertThat(attempts.lockedOut(CHAT, CODE)).as("two of the three are out of the window").isEmpty();
            attempts.failed(CHAT, CODE);
            attempts.failed(CHAT, CODE);
            assertThat(attempts.lockedOut(CHAT, CODE)).contains(Duration.ofMinutes(30));
            clock.advance(Duration.ofMinutes(30));
            assertThat(attempts.lockedOut(CHAT, CODE)).isEmpty();
        }

        @Test
        void an_opened_dossier_closes_after_a_while() {
            LookupAttempts attempts = open();
            attempts.opened(CHAT, CODE);
            clock.advance(Duration.ofMinutes(61));
            assertThat(attempts.hasOpened(CHAT, CODE)).isFalse();
        }

        @Test
        void too_many_wrong_tries_lock_the_sender_out_of_every_code() {
            LookupAttempts attempts = open();
            attempts.failed(CHAT, CODE);
            attempts.failed(CHAT, OTHER);
            assertThat(attempts.lockedOut(CHAT, CODE)).isEmpty();
            attempts.failed(CHAT, CODE);
            assertThat(attempts.lockedOut(CHAT, CODE)).hasValueSatisfying(
                    left -> assertThat(left).isPositive().isLessThanOrEqualTo(LIMITS.lockOut()));
            assertThat(attempts.lockedOut(CHAT, new DossierCode("000.00.21.H42-251103-0099"))).isPresent();
            assertThat(attempts.lockedOut(PHONE, OTHER)).isEmpty();
        }

        @Test
        void too_many_wrong_tries_on_a_code_lock_it_for_everyone() {
            LookupAttempts attempts = open();
            for (int i = 0; i < 5; i++) {
                attempts.failed(new ConversationKey(Channel.ZALO, "guesser-" + i), CODE);
            }
            assertThat(attempts.lockedOut(PHONE, CODE)).isPresent();
            assertThat(attempts.lockedOut(PHONE, OTHER)).isEmpty();
        }

        @Test
        void only_the_sender_who_opened_a_dossier_has_opened_it() {
            LookupAttempts attempts = open();
            attempts.opened(CHAT, CODE);
            assertThat(attempts.hasOpened(CHAT, CODE)).isTrue();
            assertThat(attempts.hasOpened(PHONE, CODE)).isFalse();
            assertThat(attempts.hasOpened(CHAT, OTHER)).isFalse();
        }
    }
}
