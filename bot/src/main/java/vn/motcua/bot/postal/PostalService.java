package vn.motcua.bot.postal;

/**
 * The post office as the core needs it: take a new booking over. A partner API adapter sends it
 * (through a persistent outbox, so an outage loses nothing); in manual mode it waits in the admin
 * queue for staff. Either way the answer comes back later as a state change.
 */
public interface PostalService {

    void handOver(Booking booking);
}
