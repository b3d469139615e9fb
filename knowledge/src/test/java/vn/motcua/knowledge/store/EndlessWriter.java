package vn.motcua.knowledge.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * Run in a child process by {@link StoreSurvivesKillTest}: saves one procedure over and over, each
 * version large and self-consistent (all its aliases say the same number), until it is killed.
 */
public final class EndlessWriter {
    private EndlessWriter() {
    }

    public static void main(String[] args) throws Exception {
        FileProcedureStore store = new FileProcedureStore(Path.of(args[0]));
        long version = store.find("a.b").map(Procedure::versionOrZero).orElse(0L);
        for (long n = version + 1; ; n++) {
            List<String> aliases = Collections.nCopies(2000, "lần ghi thứ " + n);
            store.save(TestProcedures.procedure("a.b", "Lần " + n, aliases), n - 1);
            if (n == version + 1) {
                System.out.println("writing");
                System.out.flush();
            }
        }
    }
}
