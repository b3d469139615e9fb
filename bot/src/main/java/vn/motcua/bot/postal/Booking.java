package vn.motcua.bot.postal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking of the public postal service: its reference (what citizens and staff quote), what was
 * asked, where it stands, the post office's own reference (waybill) once it has one, and its history.
 */
public record Booking(String reference, BookingRequest request, BookingState state, String postalReference,
                      List<StateChange> history, Instant createdAt) {
    public Booking {
        history = List.copyOf(history);
    }

    /** One step of the history: the state reached, when, and why (a note from staff or the post office). */
    public record StateChange(BookingState state, Instant at, String note) {
    }

    public static Booking requested(String reference, BookingRequest request, Instant at) {
        return new Booking(reference, request, BookingState.REQUESTED, null,
                List.of(new StateChange(BookingState.REQUESTED, at, "")), at);
    }

    Booking movedTo(BookingUpdate update) {
        List<StateChange> h = new ArrayList<>(history);
        h.add(new StateChange(update.state(), update.at(), update.note() == null ? "" : update.note()));
        String waybill = update.postalReference() != null ? update.postalReference() : postalReference;
        return new Booking(reference, request, update.state(), waybill, h, createdAt);
    }

    public Instant updatedAt() {
        return history.isEmpty() ? createdAt : history.get(history.size() - 1).at();
    }
}
