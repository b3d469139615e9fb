package vn.motcua.knowledge.editing;

/** One field that differs between two states of a procedure; {@code null} where it was absent. */
public record FieldChange(String field, String before, String after) {
}
