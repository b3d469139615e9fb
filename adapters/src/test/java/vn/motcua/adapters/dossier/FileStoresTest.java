package vn.motcua.adapters.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.contract.AuditRecordContracts;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.InMemoryLookupAttempts;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.understanding.DossierCode;

/**
 * What must survive a restart does: each store is written, dropped and read back from its file; the
 * file-backed and in-process stores meet the dossier store contracts.
 */
class FileStoresTest {
    static final DossierCode CODE = new DossierCode("000.00.21.H42-251103-0012");

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path dir;

    static Dossier dossier(DossierStatus status) {
        return new Dossier(CODE, status, "ho-tich.khai-sinh", "0912345678", null, "Nguyễn Văn Thử", null, "ghi chú",
                OffsetDateTime.of(2026, 11, 3, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void demo_dossiers_are_held_for_the_run_only_and_never_hide_a_pushed_one() throws Exception {
        Path journal = dir.resolve("dossiers.jsonl");
        var store = new FileDossierStore(journal, json);
        assertThat(store.holdForThisRun(dossier(DossierStatus.IN_PROGRESS))).isTrue();
        assertThat(journal).doesNotExist();
        assertThat(new FileDossierStore(journal, json).find(CODE)).isEmpty();

        store.save(dossier(DossierStatus.DONE));
        var restarted = new FileDossierStore(journal, json);
        assertThat(restarted.holdForThisRun(dossier(DossierStatus.IN_PROGRESS))).isFalse();
        assertThat(restarted.find(CODE)).map(Dossier::status).contains(DossierStatus.DONE);
    }

    @Test
    void a_torn_last_line_is_skipped() throws Exception {
        Path journal = dir.resolve("dossiers.jsonl");
        new FileDossierStore(journal, json).save(dossier(DossierStatus.IN_PROGRESS));
        Files.writeString(journal, "{\"code\":\"000.00.21.H42-2511", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(new FileDossierStore(journal, json).find(CODE)).map(Dossier::status).contains(DossierStatus.IN_PROGRESS);
    }

    @Test
    void the_journal_is_compacted_when_it_grows_far_beyond_the_dossiers() throws Exception {
        Path journal = dir.resolve("dossiers.jsonl");
        var store = new FileDossierStore(journal, json);
        for (int i = 0; i < 1100; i++) {
            store.save(dossier(i % 2 == 0 ? DossierStatus.IN_PROGRESS : DossierStatus.MORE_DOCUMENTS));
        }
        assertThat(Files.readAllLines(journal).size()).isLessThan(200);
        assertThat(new FileDossierStore(journal, json).find(CODE)).map(Dossier::status)
                .contains(DossierStatus.MORE_DOCUMENTS);
    }

    @Test
    void the_audit_file_holds_who_where_when_and_what_but_no_factor() throws Exception {
        Path file = dir.resolve("audit").resolve("lookups.jsonl");
        var audit = new FileLookupAudit(file, json);
        audit.record(new LookupAudit.Entry(Instant.parse("2026-11-15T03:00:00Z"), Channel.ZALO, "zalo-user-1",
                CODE.value(), LookupAudit.Outcome.WRONG_FACTOR));
        String line = Files.readString(file);
        assertThat(line).contains("2026-11-15T03:00:00Z", "ZALO", "zalo-user-1", CODE.value(), "WRONG_FACTOR");
        assertThat(audit.recent()).hasSize(1);
    }

    @Nested
    class DemoDossierHolding extends DossierStoreContracts.DemoDossierStoreContract {
        @TempDir
        Path dir;
        private FileDossierStore store;

        @Override
        protected DossierStore dossiers() {
            store = new FileDossierStore(dir.resolve("dossiers.jsonl"), json);
            return store;
        }

        /** On the store of the last {@link #dossiers()}. */
        @Override
        protected DemoDossierStore demo() {
            return store::holdForThisRun;
        }
    }

    @Nested
    class Lookups extends AuditRecordContracts.LookupAuditContract {
        @TempDir
        Path dir;

        @Override
        protected LookupAudit open() {
            return new FileLookupAudit(dir.resolve("audit").resolve("dossier-lookups.jsonl"), json);
        }
    }

    @Nested
    class PushedDossiers extends DossierStoreContracts.DossierStoreContract {
        @TempDir
        Path dir;

        @Override
        protected DossierStore open() {
            return reopen();
        }

        @Override
        protected DossierStore reopen() {
            return new FileDossierStore(dir.resolve("dossiers.jsonl"), json);
        }
    }

    @Nested
    class Followers extends DossierStoreContracts.SubscriptionsContract {
        @TempDir
        Path dir;

        @Override
        protected Subscriptions open() {
            return reopen();
        }

        @Override
        protected Subscriptions reopen() {
            return new FileSubscriptions(dir.resolve("subscriptions.json"), json);
        }
    }

    @Nested
    class Attempts extends DossierStoreContracts.LookupAttemptsContract {
        @Override
        protected LookupAttempts open() {
            return new InMemoryLookupAttempts(LIMITS, clock);
        }
    }
}
