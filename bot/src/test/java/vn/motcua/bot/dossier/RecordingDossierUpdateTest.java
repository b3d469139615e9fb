package vn.motcua.bot.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.dossier.DossierStore.Saved;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

class RecordingDossierUpdateTest {
    static final String CODE = "000.00.21.H42-251103-0012";
    static final ConversationKey CHAT = new ConversationKey(Channel.TELEGRAM, "501");
    static final OffsetDateTime EARLIER = OffsetDateTime.of(2025, 11, 10, 9, 0, 0, 0, DossierFixture.VN);
    static final OffsetDateTime LATER = EARLIER.plusHours(3);

    final DossierFixture fx = new DossierFixture();

    RecordingDossierUpdateTest() {
        fx.subscriptions.subscribe(new Subscription(CHAT, new DossierCode(CODE), DossierStatus.RECEIVED, Instant.EPOCH));
    }

    @Test
    void a_late_retry_of_an_older_update_keeps_the_newer_state_and_tells_nobody() {
        Dossier done = DossierFixture.dossier(CODE, DossierStatus.DONE).withUpdatedAt(LATER);
        Dossier processing = DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS).withUpdatedAt(EARLIER);

        assertThat(fx.updates.record(done)).isEqualTo(Saved.WRITTEN);
        assertThat(fx.updates.record(processing)).isEqualTo(Saved.STALE);

        assertThat(fx.store.find(new DossierCode(CODE))).contains(done);
        assertThat(fx.telegram.sent).singleElement().satisfies(s -> assertThat(s.text()).contains("Đã xử lý xong"));
    }

    @Test
    void the_same_update_again_is_a_quiet_repeat_not_a_stale_one() {
        Dossier done = DossierFixture.dossier(CODE, DossierStatus.DONE).withUpdatedAt(LATER);
        fx.updates.record(done);
        assertThat(fx.updates.record(done)).isEqualTo(Saved.UNCHANGED);
        assertThat(fx.telegram.sent).hasSize(1);
    }

    @Test
    void without_a_time_on_both_sides_the_latest_push_wins_as_before() {
        fx.updates.record(DossierFixture.dossier(CODE, DossierStatus.DONE).withUpdatedAt(LATER));
        Dossier untimed = DossierFixture.dossier(CODE, DossierStatus.IN_PROGRESS);

        assertThat(fx.updates.record(untimed)).isEqualTo(Saved.WRITTEN);
        assertThat(fx.store.find(new DossierCode(CODE))).contains(untimed);
        assertThat(fx.telegram.sent).hasSize(2);
    }
}
