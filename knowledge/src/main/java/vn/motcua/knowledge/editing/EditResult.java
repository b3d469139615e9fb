package vn.motcua.knowledge.editing;

import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureProblem;

/** The outcome of one edit of the knowledge base. */
public sealed interface EditResult {

    /** Stored and searchable; {@code revision} records it. */
    record Saved(Procedure procedure, Revision revision) implements EditResult {
    }

    /** Not stored: the document has problems, each tied to its field. */
    record Invalid(List<ProcedureProblem> problems) implements EditResult {
    }

    /** Not stored: someone else saved the procedure since the editor read it. */
    record Stale(long currentVersion) implements EditResult {
    }

    /** No such procedure (or revision). */
    record NotFound(String id) implements EditResult {
    }
}
