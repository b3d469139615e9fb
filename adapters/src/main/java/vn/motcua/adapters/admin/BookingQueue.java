package vn.motcua.adapters.admin;

import java.util.List;

/**
 * The postal bookings operators follow. The postal service adapter provides the real queue; until
 * it is wired in, the queue is empty (no invented bookings).
 */
interface BookingQueue {

    List<BookingView> all();

    /** One booking as operators see it. */
    record BookingView(String reference, String kind, String procedure, String state, String createdAt) {
    }
}
