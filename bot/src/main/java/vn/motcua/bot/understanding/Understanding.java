package vn.motcua.bot.understanding;

import java.util.List;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.search.SearchHit;

/** The reading of one message: intent, section asked for, and ranked procedures (best first). */
public record Understanding(Intent intent, ProcedureSection section, List<SearchHit> procedures, Confidence confidence) {
    public Understanding {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }

    /** How sure the assistant is of the top procedure. */
    public enum Confidence { HIGH, AMBIGUOUS, NONE }
}
