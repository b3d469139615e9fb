package vn.motcua.bot.postal;

import java.util.Objects;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * What the citizen asked for, as the dialogue collected it. {@code draftId} identifies the draft in
 * the conversation: confirming it twice (a double tap, a redelivered webhook) places one booking.
 * For a pickup {@code procedureId}/{@code procedureName} are set, for a delivery {@code dossierCode}.
 */
public record BookingRequest(String draftId, BookingKind kind, String procedureId, String procedureName,
                             DossierCode dossierCode, String fullName, PhoneNumber phone, PostalAddress address,
                             TimeWindow window, ConversationKey citizen) {
    public BookingRequest {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(citizen, "citizen");
    }
}
