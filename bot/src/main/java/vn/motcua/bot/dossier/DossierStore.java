package vn.motcua.bot.dossier;

import java.util.Optional;
import vn.motcua.bot.understanding.DossierCode;

/** The dossiers the one-stop system pushed to the assistant, by code. */
public interface DossierStore {

    Optional<Dossier> find(DossierCode code);

    /**
     * Keeps the dossier as its code's current state, atomically.
     *
     * @return false when it was already exactly that (a repeated update changes nothing)
     */
    boolean save(Dossier dossier);
}
