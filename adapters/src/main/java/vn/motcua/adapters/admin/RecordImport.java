package vn.motcua.adapters.admin;

import java.nio.file.Path;
import java.util.List;

/** Imports uploaded procedure records (national portal or seed format) into the knowledge base. */
interface RecordImport {

    /** {@code author}: who uploaded, for the revisions and the audit log. */
    Summary run(List<Path> files, String author);

    /**
     * What an import did, as the console reports it; {@code keptCurated} are procedures curated by
     * staff that a record for their national code did not overwrite.
     */
    record Summary(int read, List<String> added, List<String> changed, List<String> unchanged,
                   List<String> keptCurated, List<Rejected> rejected, boolean failed) {
    }

    /** A record (or a whole file) that was not imported, and why. */
    record Rejected(String where, String field, String message) {
    }
}
