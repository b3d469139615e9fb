package vn.motcua.bot.dossier;

import java.util.Optional;
import vn.motcua.bot.understanding.DossierCode;

/** The dossiers the one-stop system pushed to the assistant, by code. */
public interface DossierStore {

    Optional<Dossier> find(DossierCode code);

    /**
     * Keeps the dossier as its code's current state, atomically: the comparison with what is stored and
     * the write are one step, so of two updates arriving at once the older can never end up stored.
     *
     * @return {@link Saved#UNCHANGED} when it was already exactly that (a repeated update), {@link Saved#STALE}
     *     when the stored dossier is newer ({@link Dossier#olderThan}), {@link Saved#WRITTEN} otherwise
     */
    Saved save(Dossier dossier);

    /** What a save did. */
    enum Saved {
        WRITTEN, UNCHANGED, STALE;

        public boolean changed() {
            return this == WRITTEN;
        }
    }
}
