package vn.motcua.knowledge.editing;

import java.util.List;
import java.time.Instant;
import vn.motcua.knowledge.procedure.Procedure;

/** Where revisions of procedures are kept. */
public interface RevisionStore {

    /** Records the next revision of the procedure and returns it with its number (1, 2, ...). */
    Revision append(String procedureId, String author, Instant at, Change change, Procedure document);

    /** Every revision of the procedure, newest first; empty when it was never edited. */
    List<Revision> history(String procedureId);
}
