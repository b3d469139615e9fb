package vn.motcua.adapters.admin;

import java.time.Instant;
import java.util.List;

/**
 * The postal bookings operators follow and move on. The postal adapter's bookings are behind it once
 * wired; until then the queue is empty (no invented bookings).
 */
interface BookingQueue {

    /** Newest first; {@code openOnly} leaves out finished bookings. */
    List<BookingView> list(boolean openOnly);

    /** Moves a booking on (the citizen is told by the postal use case); {@code by} is the operator. */
    Moved move(String reference, String state, String note, String postalReference, String by);

    enum Moved { MOVED, UNCHANGED, REFUSED, NOT_FOUND }

    /** One booking as operators see it; {@code next} are the states it may move to. */
    record BookingView(String reference, String kind, String subject, String fullName, String phone, String address,
                       String window, String state, String stateLabel, String postalReference, Instant createdAt,
                       List<Choice> next, List<Step> history) {
    }

    record Choice(String key, String label) {
    }

    record Step(String stateLabel, Instant at, String note) {
    }

    /** No postal service in this build. */
    BookingQueue NONE = new BookingQueue() {
        @Override
        public List<BookingView> list(boolean openOnly) {
            return List.of();
        }

        @Override
        public Moved move(String reference, String state, String note, String postalReference, String by) {
            return Moved.NOT_FOUND;
        }
    };
}
