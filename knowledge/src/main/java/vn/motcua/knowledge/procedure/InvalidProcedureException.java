package vn.motcua.knowledge.procedure;

import java.util.List;

/** A procedure document that cannot be accepted; each problem names its field. */
public class InvalidProcedureException extends Exception {
    private final transient List<ProcedureProblem> problems;

    public InvalidProcedureException(List<ProcedureProblem> problems) {
        super(problems.stream().map(ProcedureProblem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public InvalidProcedureException(String field, String message) {
        this(List.of(new ProcedureProblem(field, message)));
    }

    public List<ProcedureProblem> problems() {
        return problems;
    }
}
