package vn.motcua.bot;

/**
 * A store behind a port (conversations, dossiers, bookings...) cannot be reached right now, for example
 * while the shared Redis restarts. The assistant turns it into a short "briefly unavailable" reply
 * instead of an error; the store is expected to recover by itself.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String what, Throwable cause) {
        super(what + " is unavailable: " + (cause == null ? "unknown cause" : cause.getMessage()), cause);
    }
}
