package vn.motcua.bot.dossier;

/**
 * An update from the one-stop system: kept as the dossier's current state and, when it changed
 * anything, passed on to the followers. A repeated update changes nothing and tells nobody; so does a
 * late retry of an update older than the stored one (both carrying {@code updatedAt}), which would
 * otherwise tell the citizen of a step backwards.
 */
public class RecordingDossierUpdate {
    private final DossierStore store;
    private final NotifyingSubscribers notifying;

    public RecordingDossierUpdate(DossierStore store, NotifyingSubscribers notifying) {
        this.store = store;
        this.notifying = notifying;
    }

    /** What the update did to the stored dossier. */
    public DossierStore.Saved record(Dossier update) {
        DossierStore.Saved saved = store.save(update);
        if (saved.changed()) {
            notifying.statusIs(update);
        }
        return saved;
    }
}
