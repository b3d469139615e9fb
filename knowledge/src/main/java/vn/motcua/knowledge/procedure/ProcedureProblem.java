package vn.motcua.knowledge.procedure;

/** One reason a procedure document is not valid, tied to the field it concerns. */
public record ProcedureProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
