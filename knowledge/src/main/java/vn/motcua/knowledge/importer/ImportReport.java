package vn.motcua.knowledge.importer;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code unreadable} holds problems with whole inputs (a missing path, a file that
 * is not JSON): when there are any, nothing was written. {@code rejected} holds single records that were
 * skipped; the others were imported. {@code keptCurated} names curated procedures ("id (national code)")
 * that a record for their code did not overwrite.
 */
public record ImportReport(
        int read,
        List<String> added,
        List<String> changed,
        List<String> unchanged,
        List<String> keptCurated,
        List<String> removed,
        List<Rejection> rejected,
        List<Rejection> unreadable,
        Duration elapsed) {

    /** True when nothing was written: the input as a whole was bad, or no record could be imported. */
    public boolean failed() {
        return !unreadable.isEmpty() || imported() == 0 && keptCurated.isEmpty();
    }

    public int imported() {
        return added.size() + changed.size() + unchanged.size();
    }
}
