package vn.motcua.bot.postal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;

/**
 * Use case: move a booking on (a status update from the post office, or staff working the admin
 * queue) and tell the citizen on the channel they booked from. A repeated update changes nothing
 * and tells nobody again.
 */
public class ChangingBookingState {
    private static final Logger log = LoggerFactory.getLogger(ChangingBookingState.class);

    private final Bookings bookings;
    private final List<OutboundChannel> channels;
    private final BookingNotices notices;

    public ChangingBookingState(Bookings bookings, List<OutboundChannel> channels, BookingNotices notices) {
        this.bookings = bookings;
        this.channels = List.copyOf(channels);
        this.notices = notices;
    }

    public Transition change(String reference, BookingUpdate update) {
        Transition t = bookings.move(reference, update);
        if (t instanceof Transition.Moved moved) {
            notifyCitizen(moved.booking());
        } else if (t instanceof Transition.Refused refused) {
            log.warn("Booking {} cannot move from {} to {}", reference, refused.booking().state(), refused.wanted());
        }
        return t;
    }

    private void notifyCitizen(Booking booking) {
        Optional<String> notice = notices.about(booking);
        ConversationKey citizen = booking.request().citizen();
        Optional<OutboundChannel> channel = channels.stream().filter(c -> c.channel() == citizen.channel()).findFirst();
        if (notice.isEmpty()) {
            return;
        }
        if (channel.isEmpty()) {
            log.info("Booking {} is {}, but no {} channel can tell the citizen", booking.reference(), booking.state(),
                    citizen.channel().key());
            return;
        }
        try {
            channel.get().send(citizen.sender(), List.of(Reply.text(notice.get())));
        } catch (RuntimeException e) {
            // the booking has moved all the same; the channel adapter owns retries
            log.warn("Could not tell the citizen of booking {}: {}", booking.reference(), e.toString());
        }
    }
}
