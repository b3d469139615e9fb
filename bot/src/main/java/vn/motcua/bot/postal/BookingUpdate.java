package vn.motcua.bot.postal;

import java.time.Instant;
import java.util.Objects;

/** A move to another state, from staff or the post office, with a note and the waybill if known. */
public record BookingUpdate(BookingState state, String note, String postalReference, Instant at) {
    public BookingUpdate {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }
}
