package vn.motcua.bot.dossier;

import java.time.Instant;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/** A citizen who asked to be told when a dossier moves, on the channel they asked on, and what they know. */
public record Subscription(ConversationKey subscriber, DossierCode code, DossierStatus lastKnown, Instant since) {
}
