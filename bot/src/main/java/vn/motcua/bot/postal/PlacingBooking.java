package vn.motcua.bot.postal;

import java.time.Clock;

/** Use case: place a confirmed booking once and hand it to the post office once. */
public class PlacingBooking {
    private final Bookings bookings;
    private final PostalService postOffice;
    private final Clock clock;

    public PlacingBooking(Bookings bookings, PostalService postOffice, Clock clock) {
        this.bookings = bookings;
        this.postOffice = postOffice;
        this.clock = clock;
    }

    public Placement place(BookingRequest request) {
        Placement placement = bookings.place(request, clock.instant());
        if (placement.created()) {
            postOffice.handOver(placement.booking());
        }
        return placement;
    }
}
