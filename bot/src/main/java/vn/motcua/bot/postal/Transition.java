package vn.motcua.bot.postal;

/** What a state update did to a booking. */
public sealed interface Transition {

    /** The booking moved; the citizen should hear of it. */
    record Moved(Booking booking) implements Transition {
    }

    /** The booking already was in that state (a repeated update): nothing changed, nobody is told again. */
    record Unchanged(Booking booking) implements Transition {
    }

    /** The move is not allowed from the current state (e.g. DONE back to COLLECTED). */
    record Refused(Booking booking, BookingState wanted) implements Transition {
    }

    record NotFound(String reference) implements Transition {
    }
}
