package vn.motcua.knowledge.importer;

/** A record (or a whole file) that was not imported: where it is, which field is wrong, and why. */
public record Rejection(RecordLocation location, String field, String message) {
    @Override
    public String toString() {
        return location + ": " + field + ": " + message;
    }
}
