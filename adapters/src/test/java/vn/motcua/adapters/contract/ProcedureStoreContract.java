package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/** What every {@link ProcedureStore} must do: start from its seeds, and lock optimistically on writes. */
public abstract class ProcedureStoreContract {

    /** A fresh store holding these seed procedures and nothing else. */
    protected abstract ProcedureStore store(List<Procedure> seeds);

    /** The store with the seeds saved as new procedures, as the seed sync writes them. */
    protected static ProcedureStore withSeeds(ProcedureStore store, List<Procedure> seeds) {
        for (Procedure seed : seeds) {
            try {
                store.save(seed, 0);
            } catch (StaleVersionException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }

    public static Procedure procedure(String id, String name) {
        try {
            return ProcedureJson.read("{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"field\": \"Hộ tịch\","
                    + " \"fee\": \"Miễn lệ phí\", \"timeLimit\": \"Trong ngày\"}");
        } catch (InvalidProcedureException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void starts_with_its_seeds_at_version_one() {
        ProcedureStore store = store(List.of(procedure("test.a", "Thủ tục A"), procedure("test.b", "Thủ tục B")));
        assertThat(store.all()).extracting(Procedure::publicId).containsExactlyInAnyOrder("test.a", "test.b");
        assertThat(store.find("test.a").orElseThrow().versionOrZero()).isEqualTo(1);
        assertThat(store.find("test.missing")).isEmpty();
    }

    @Test
    void a_new_procedure_is_saved_at_version_one_and_each_edit_adds_one() throws Exception {
        ProcedureStore store = store(List.of());
        Procedure created = store.save(procedure("test.new", "Thủ tục mới"), 0);
        assertThat(created.versionOrZero()).isEqualTo(1);
        Procedure edited = store.save(procedure("test.new", "Thủ tục mới (sửa đổi)"), 1);
        assertThat(edited.versionOrZero()).isEqualTo(2);
        assertThat(store.find("test.new").orElseThrow().name()).isEqualTo("Thủ tục mới (sửa đổi)");
        assertThat(store.find("test.new").orElseThrow().versionOrZero()).isEqualTo(2);
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() throws Exception {
        ProcedureStore store = store(List.of(procedure("test.a", "Thủ tục A")));
        store.save(procedure("test.a", "Sửa lần một"), 1);

        assertThatThrownBy(() -> store.save(procedure("test.a", "Sửa từ bản cũ"), 1))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(2));
        assertThatThrownBy(() -> store.save(procedure("test.a", "Tạo trùng"), 0))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.find("test.a").orElseThrow().name()).isEqualTo("Sửa lần một");
    }

    @Test
    void delete_checks_the_version_too() throws Exception {
        ProcedureStore store = store(List.of(procedure("test.a", "Thủ tục A")));
        assertThatThrownBy(() -> store.delete("test.a", 7)).isInstanceOf(StaleVersionException.class);
        assertThat(store.find("test.a")).isPresent();

        assertThat(store.delete("test.a", 1)).isTrue();
        assertThat(store.find("test.a")).isEmpty();
        assertThat(store.all()).isEmpty();
        assertThat(store.delete("test.a", 1)).as("already gone").isFalse();
    }

    @Test
    void of_concurrent_edits_from_the_same_version_exactly_one_wins() throws Exception {
        ProcedureStore store = store(List.of(procedure("test.a", "Thủ tục A")));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Boolean>> edits = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Bản sửa " + i;
                edits.add(() -> {
                    try {
                        store.save(procedure("test.a", name), 1);
                        return true;
                    } catch (StaleVersionException e) {
                        return false;
                    }
                });
            }
            int wins = 0;
            for (Future<Boolean> f : pool.invokeAll(edits)) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(store.find("test.a").orElseThrow().versionOrZero()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
