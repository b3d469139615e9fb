package vn.motcua.bot.postal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where postal bookings are kept: in this process and on disk by default, in Redis when instances
 * share state. The admin queue lists and moves them through this port too.
 */
public interface Bookings {

    /** Places the request once per draft: the same draft id again returns the booking placed first. */
    Placement place(BookingRequest request, Instant at);

    Optional<Booking> find(String reference);

    /** Bookings in any of the states (all when empty), newest first. */
    List<Booking> list(Set<BookingState> states);

    /** Moves a booking; an update to the state it already has changes nothing. */
    Transition move(String reference, BookingUpdate update);
}
