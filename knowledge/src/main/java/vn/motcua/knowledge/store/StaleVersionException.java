package vn.motcua.knowledge.store;

/** Someone else changed the procedure since the caller read it. */
public class StaleVersionException extends Exception {
    private final long currentVersion;

    public StaleVersionException(String id, long expected, long current) {
        super("procedure " + id + " is at version " + current + ", not " + expected);
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
