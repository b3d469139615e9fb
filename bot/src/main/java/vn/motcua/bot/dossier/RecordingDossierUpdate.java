package vn.motcua.bot.dossier;

/**
 * An update from the one-stop system: kept as the dossier's current state and, when it changed
 * anything, passed on to the followers. A repeated update changes nothing and tells nobody.
 */
public class RecordingDossierUpdate {
    private final DossierStore store;
    private final NotifyingSubscribers notifying;

    public RecordingDossierUpdate(DossierStore store, NotifyingSubscribers notifying) {
        this.store = store;
        this.notifying = notifying;
    }

    /** Whether the update changed the stored dossier. */
    public boolean record(Dossier update) {
        boolean changed = store.save(update);
        if (changed) {
            notifying.statusIs(update);
        }
        return changed;
    }
}
