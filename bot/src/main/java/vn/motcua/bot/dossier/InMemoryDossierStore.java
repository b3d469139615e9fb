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
    public Saved save(Dossier dossier) {
        Saved[] saved = {Saved.WRITTEN};
        // compute() holds the code's entry while it compares and writes: one step for concurrent pushes
        dossiers.compute(dossier.code(), (code, stored) -> {
            if (stored == null) {
                return dossier;
            }
            saved[0] = dossier.equals(stored) ? Saved.UNCHANGED : dossier.olderThan(stored) ? Saved.STALE : Saved.WRITTEN;
            return saved[0].changed() ? dossier : stored;
        });
        return saved[0];
    }

    public int size() {
        return dossiers.size();
    }
}
