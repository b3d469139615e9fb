package vn.motcua.bot.dossier;

import java.util.List;
import java.util.Set;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/** Who follows which dossier. Must survive a restart: citizens were promised a message. */
public interface Subscriptions {

    /** Adds the subscription, or refreshes it when the subscriber already follows that code. */
    void subscribe(Subscription subscription);

    /** Stops one subscription; false when there was none. */
    boolean cancel(ConversationKey subscriber, DossierCode code);

    /** Stops every subscription of the subscriber; how many there were. */
    int cancelAll(ConversationKey subscriber);

    List<Subscription> of(DossierCode code);

    boolean follows(ConversationKey subscriber, DossierCode code);

    /** Every code someone follows (what a poller must watch). */
    Set<DossierCode> watched();

    /**
     * Atomically moves the subscriber's last known status to {@code status}. False when they already knew
     * it or no longer follow the code: then nothing must be sent, which is what makes a notice go out once.
     */
    boolean advance(ConversationKey subscriber, DossierCode code, DossierStatus status);
}
