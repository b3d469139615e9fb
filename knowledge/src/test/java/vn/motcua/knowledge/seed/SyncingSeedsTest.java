package vn.motcua.knowledge.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.knowledge.store.TestProcedures.procedure;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.store.FileProcedureStore;

/** The seed rule: a new release reaches procedures nobody edited, and nothing else. */
class SyncingSeedsTest {
    @TempDir
    Path dir;

    private FileProcedureStore store() {
        return new FileProcedureStore(dir.resolve("procedures"));
    }

    private FileSeedState state() {
        return new FileSeedState(dir.resolve("procedures/.seed-state.json"));
    }

    @Test
    void first_start_adds_every_seed() {
        var outcome = new SyncingSeeds(store(), state()).apply(List.of(procedure("a.a", "A"), procedure("b.b", "B")));

        assertThat(outcome.added()).isEqualTo(2);
        assertThat(store().all()).hasSize(2);
    }

    @Test
    void a_new_release_updates_untouched_procedures_and_keeps_edited_and_deleted_ones() throws Exception {
        new SyncingSeeds(store(), state()).apply(List.of(procedure("a.a", "A"), procedure("b.b", "B"), procedure("c.c", "C")));
        FileProcedureStore edited = store();
        edited.save(procedure("b.b", "B sửa bởi cán bộ"), 1);
        edited.delete("c.c", 1);

        FileProcedureStore afterRestart = store();
        var outcome = new SyncingSeeds(afterRestart, state()).apply(List.of(
                procedure("a.a", "A bản mới"), procedure("b.b", "B bản mới"), procedure("c.c", "C bản mới"),
                procedure("d.d", "D")));

        assertThat(outcome).isEqualTo(new SyncingSeeds.Outcome(1, 1, 1, 1, false));
        assertThat(afterRestart.find("a.a").map(Procedure::name)).contains("A bản mới");
        assertThat(afterRestart.find("b.b").map(Procedure::name)).contains("B sửa bởi cán bộ");
        assertThat(afterRestart.find("c.c")).isEmpty();
        assertThat(afterRestart.find("d.d")).isPresent();
    }

    @Test
    void once_applied_an_unchanged_release_writes_nothing() {
        new SyncingSeeds(store(), state()).apply(List.of(procedure("a.a", "A")));

        FileProcedureStore again = store();
        var outcome = new SyncingSeeds(again, state()).apply(List.of(procedure("a.a", "A")));

        assertThat(outcome).isEqualTo(new SyncingSeeds.Outcome(0, 0, 0, 0, false));
        assertThat(again.find("a.a").orElseThrow().versionOrZero()).isEqualTo(1);
    }

    @Test
    void seeds_replaced_by_an_import_are_never_loaded_again() {
        state().save(true, java.util.Map.of());

        var outcome = new SyncingSeeds(store(), state()).apply(List.of(procedure("a.a", "A")));

        assertThat(outcome.skippedReplaced()).isTrue();
        assertThat(store().all()).isEmpty();
    }
}
