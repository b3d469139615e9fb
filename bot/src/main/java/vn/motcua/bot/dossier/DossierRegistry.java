package vn.motcua.bot.dossier;

import java.util.Optional;
import vn.motcua.bot.understanding.DossierCode;

/** Where the lookup finds a dossier by its code: what the one-stop system pushed, a provincial API, or both. */
public interface DossierRegistry {

    /**
     * The dossier, or empty when no source knows the code.
     *
     * @throws Unavailable when a source that might know it cannot answer now (slow, down, circuit open)
     */
    Optional<Dossier> find(DossierCode code);

    /** A source could not answer; the citizen is asked to try again later, and no attempt is counted. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
