package vn.motcua.adapters.admin;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingRequest;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.Transition;

/**
 * The postal bookings as operators work them: listed from the bookings port, moved through the
 * postal use case (which tells the citizen), only along the moves a booking's state allows.
 */
class PostalBookingQueue implements BookingQueue {
    private static final Set<BookingState> OPEN = EnumSet.copyOf(
            Arrays.stream(BookingState.values()).filter(s -> !s.finished()).toList());

    private final Bookings bookings;
    private final ChangingBookingState changing;
    private final Clock clock;

    PostalBookingQueue(Bookings bookings, ChangingBookingState changing, Clock clock) {
        this.bookings = bookings;
        this.changing = changing;
        this.clock = clock;
    }

    @Override
    public List<BookingView> list(boolean openOnly) {
        return bookings.list(openOnly ? OPEN : Set.of()).stream().map(PostalBookingQueue::view).toList();
    }

    @Override
    public Moved move(String reference, String state, String note, String postalReference, String by) {
        Optional<BookingState> next = Arrays.stream(BookingState.values())
                .filter(s -> s.name().equalsIgnoreCase(state)).findFirst();
        if (next.isEmpty()) {
            return Moved.REFUSED;
        }
        String signed = note == null || note.isBlank() ? "(" + by + ")" : note + " (" + by + ")";
        Transition t = changing.change(reference, new BookingUpdate(next.get(), signed, postalReference,
                clock.instant()));
        if (t instanceof Transition.Moved) {
            return Moved.MOVED;
        }
        if (t instanceof Transition.Unchanged) {
            return Moved.UNCHANGED;
        }
        if (t instanceof Transition.Refused) {
            return Moved.REFUSED;
        }
        return Moved.NOT_FOUND;
    }

    private static BookingView view(Booking b) {
        BookingRequest r = b.request();
        String subject = r.procedureName() != null ? r.procedureName()
                : r.dossierCode() != null ? "Hồ sơ " + r.dossierCode().value() : "";
        List<Choice> next = Arrays.stream(BookingState.values()).filter(b.state()::canMoveTo)
                .map(s -> new Choice(s.name().toLowerCase(Locale.ROOT), s.label())).toList();
        List<Step> history = b.history().stream().map(h -> new Step(h.state().label(), h.at(), h.note())).toList();
        return new BookingView(b.reference(), r.kind().label(), subject, r.fullName(), r.phone().display(),
                r.address().oneLine(), r.window().label(), b.state().name().toLowerCase(Locale.ROOT),
                b.state().label(), b.postalReference(), b.createdAt(), next, history);
    }
}
