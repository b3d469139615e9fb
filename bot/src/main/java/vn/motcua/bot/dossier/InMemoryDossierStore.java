package vn.motcua.bot.dossier;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.bot.understanding.DossierCode;

/** Pushed dossiers in this process. */
public class InMemoryDossierStore implements DossierStore {
    private final Map<DossierCode, Dossier> dossiers = new ConcurrentHashMap<>();

    @Override
    public Optional<Dossier> find(DossierCode code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    @Override
    public boolean save(Dossier dossier) {
        return !dossier.equals(dossiers.put(dossier.code(), dossier));
    }

    public int size() {
        return dossiers.size();
    }
}
