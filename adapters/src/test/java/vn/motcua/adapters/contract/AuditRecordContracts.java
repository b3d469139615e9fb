package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.message.Channel;

/** What every record of dossier lookups and admin actions must do, file-backed or Redis. */
public final class AuditRecordContracts {
    static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");

    private AuditRecordContracts() {
    }

    public abstract static class LookupAuditContract {
        protected abstract LookupAudit open();

        public static LookupAudit.Entry lookup(int n, LookupAudit.Outcome outcome) {
            return new LookupAudit.Entry(T0.plusSeconds(n), Channel.ZALO, "zalo-user-" + n,
                    "000.00.21.H42-251103-" + String.format("%04d", n), outcome);
        }

        @Test
        void shows_every_entry_newest_first_as_recorded() {
            LookupAudit audit = open();
            audit.record(lookup(1, LookupAudit.Outcome.OPENED));
            audit.record(lookup(2, LookupAudit.Outcome.WRONG_FACTOR));
            audit.record(lookup(3, LookupAudit.Outcome.LOCKED_OUT));

            assertThat(audit.recent()).containsExactly(lookup(3, LookupAudit.Outcome.LOCKED_OUT),
                    lookup(2, LookupAudit.Outcome.WRONG_FACTOR), lookup(1, LookupAudit.Outcome.OPENED));
        }

        @Test
        void shows_the_latest_thousand() {
            LookupAudit audit = open();
            IntStream.rangeClosed(1, 1005).forEach(n -> audit.record(lookup(n, LookupAudit.Outcome.UNKNOWN_CODE)));

            List<LookupAudit.Entry> shown = audit.recent();
            assertThat(shown).hasSize(1000);
            assertThat(shown.get(0)).isEqualTo(lookup(1005, LookupAudit.Outcome.UNKNOWN_CODE));
            assertThat(shown.get(999)).isEqualTo(lookup(6, LookupAudit.Outcome.UNKNOWN_CODE));
        }
    }

    public abstract static class AdminAuditTrailContract {
        protected abstract AdminAuditTrail open();

        /** The same record as the last {@link #open()}, as a restarted instance finds it. */
        protected abstract AdminAuditTrail reopen();

        public static AdminAuditTrail.Entry action(int n) {
            return new AdminAuditTrail.Entry(T0.plusSeconds(n), "editor" + n, "procedure.update",
                    "ho-tich.khai-sinh", "phiên bản " + n);
        }

        @Test
        void shows_actions_newest_first_across_a_restart() {
            AdminAuditTrail trail = open();
            trail.append(action(1));
            trail.append(action(2));

            assertThat(trail.latest()).containsExactly(action(2), action(1));
            assertThat(reopen().latest()).containsExactly(action(2), action(1));
        }

        @Test
        void shows_the_latest_thousand() {
            AdminAuditTrail trail = open();
            IntStream.rangeClosed(1, 1002).forEach(n -> trail.append(action(n)));

            assertThat(trail.latest()).hasSize(AdminAuditTrail.SHOWN).startsWith(action(1002), action(1001))
                    .endsWith(action(3));
        }
    }
}
