package vn.motcua.knowledge.seed;

/** A seed file that cannot be loaded; the message names the file and the field. */
public class SeedException extends RuntimeException {
    public SeedException(String message) {
        super(message);
    }
}
