package vn.motcua.adapters.postal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.PostalService;

/**
 * Manual mode: a new booking stays REQUESTED in the admin queue until staff hand it to the post
 * office and move it on (through {@code ChangingBookingState}, so the citizen is told).
 */
class StaffQueue implements PostalService {
    private static final Logger log = LoggerFactory.getLogger(StaffQueue.class);

    @Override
    public void handOver(Booking booking) {
        log.info("Postal booking {} waits in the admin queue for staff", booking.reference());
    }
}
