package vn.motcua.adapters;

import java.util.List;
import vn.motcua.bot.dossier.Dossier;

/**
 * Where the made-up demo dossiers go, so that a newcomer can try a lookup: beside the real dossiers,
 * never over one. Their dates are relative to the day they are loaded.
 */
public interface DemoDossierStore {

    /**
     * Makes the demo dossiers findable by their codes, except where a real dossier has the code.
     *
     * @return how many were written by this call (none when another instance already did it today)
     */
    int hold(List<Dossier> demo);
}
