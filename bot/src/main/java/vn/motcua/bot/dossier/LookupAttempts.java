package vn.motcua.bot.dossier;

import java.time.Duration;
import java.util.Optional;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Failed lookups per sender and per code, and the lock-out that follows too many: four digits are easy
 * to guess when guesses are free. Also remembers who opened which dossier, so that only they may follow it.
 */
public interface LookupAttempts {

    /** How much longer the sender or the code is locked out; empty when a try is allowed. */
    Optional<Duration> lockedOut(ConversationKey sender, DossierCode code);

    void failed(ConversationKey sender, DossierCode code);

    void opened(ConversationKey sender, DossierCode code);

    /** Whether the sender opened this dossier with the right factor recently. */
    boolean hasOpened(ConversationKey sender, DossierCode code);
}
