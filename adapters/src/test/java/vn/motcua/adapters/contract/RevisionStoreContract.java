package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.adapters.contract.ProcedureStoreContract.procedure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.editing.Change;
import vn.motcua.knowledge.editing.Revision;
import vn.motcua.knowledge.editing.RevisionStore;

/** What every revision store must do: number revisions 1, 2, 3 per procedure and list them newest first. */
public abstract class RevisionStoreContract {
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract RevisionStore revisions();

    @Test
    void numbers_revisions_per_procedure_and_lists_them_newest_first_with_their_documents() {
        RevisionStore store = revisions();
        Revision first = store.append("test.a", "seed", at, Change.BASELINE, procedure("test.a", "Thủ tục A"));
        store.append("test.b", "admin", at, Change.CREATED, procedure("test.b", "Thủ tục B"));
        Revision second = store.append("test.a", "admin", at.plusSeconds(60), Change.EDITED,
                procedure("test.a", "Thủ tục A (sửa)"));
        Revision deleted = store.append("test.a", "admin", at.plusSeconds(120), Change.DELETED, null);

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(store.history("test.a")).containsExactly(deleted, second, first);
        assertThat(store.history("test.a").get(1).document().name()).isEqualTo("Thủ tục A (sửa)");
        assertThat(store.history("test.b")).hasSize(1);
        assertThat(store.history("test.never")).isEmpty();
    }

    @Test
    void concurrent_appends_get_distinct_numbers() throws Exception {
        RevisionStore store = revisions();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> appends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                appends.add(() -> store.append("test.c", "admin", at, Change.EDITED, procedure("test.c", "C")).number());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(appends)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        } finally {
            pool.shutdownNow();
        }
    }
}
