package vn.motcua.adapters.postal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.PostalService;

/**
 * Hands bookings to the postal partner API through an outbox: a booking is written to the outbox first
 * and sent by one background thread, retried with doubling back-off for as long as the post office is
 * unreachable. Nothing is dropped by an outage or a restart; a booking cancelled while it waits is not
 * sent. With several instances the outbox is shared (in Redis): any instance sends any entry, but only
 * the one holding the entry's lease, and the booking is checked to still wait just before it goes, so
 * an order goes once even when an instance dies (its lease runs out and another sends; the partner's
 * idempotency key, the booking reference, covers an order that left just before the death).
 */
class PartnerOutbox implements PostalService, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PartnerOutbox.class);

    private final SharedWorkQueue<OutboxEntry> queue;
    private final PartnerApiClient partner;
    private final Bookings bookings;
    private final ChangingBookingState changing;
    private final PostalSettings settings;
    private final Clock clock;
    /** Longer than one send can take (connect and read time-outs), so a live sender never loses its lease. */
    private final Duration lease;
    private volatile boolean recovered;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "postal-outbox");
        t.setDaemon(true);
        return t;
    });

    PartnerOutbox(SharedWorkQueue<OutboxEntry> queue, PartnerApiClient partner, Bookings bookings,
                  ChangingBookingState changing, PostalSettings settings, Clock clock) {
        this.queue = queue;
        this.partner = partner;
        this.bookings = bookings;
        this.changing = changing;
        this.settings = settings;
        this.clock = clock;
        this.lease = settings.partner().connectTimeout().plus(settings.partner().readTimeout()).multipliedBy(2);
    }

    /** Starts sending; the first run picks up what a crash may have left between placing a booking and queueing it. */
    void start() {
        long every = settings.outbox().pollInterval().toMillis();
        sender.scheduleWithFixedDelay(this::sendDue, 0, every, TimeUnit.MILLISECONDS);
        log.info("Postal partner mode: orders go to {}", settings.partner().baseUrl());
    }

    @Override
    public void handOver(Booking booking) {
        enqueue(booking);
        sender.execute(this::sendDue);
    }

    int size() {
        return queue.entries().size();
    }

    List<OutboxEntry> waiting() {
        return queue.entries();
    }

    /** Writes the booking to the outbox (unless it waits there already) without waking the sender. */
    void enqueue(Booking booking) {
        queue.putIfAbsent(new OutboxEntry(booking.reference(), 0, clock.instant(), null));
    }

    /** Runs on the sender thread only (tests call it directly while that thread is idle). */
    void sendDue() {
        try {
            if (!recovered) {
                bookings.list(Set.of(BookingState.REQUESTED)).forEach(this::enqueue);
                recovered = true;
            }
            for (OutboxEntry entry : due()) {
                sendClaimed(entry.reference());
            }
        } catch (StoreUnavailable e) {
            log.warn("Postal outbox waits for the bookings store: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Postal outbox run failed; will try again", e); // keep the schedule alive
        }
    }

    private List<OutboxEntry> due() {
        Instant now = clock.instant();
        return queue.entries().stream().filter(e -> !e.nextAttemptAt().isAfter(now)).toList();
    }

    /** Sends the entry if no other instance holds it, as it stands once held (another may just have tried it). */
    private void sendClaimed(String reference) {
        if (!queue.claim(reference, lease)) {
            return;
        }
        try {
            Instant now = clock.instant();
            queue.entries().stream()
                    .filter(e -> e.reference().equals(reference) && !e.nextAttemptAt().isAfter(now))
                    .findFirst()
                    .ifPresent(this::send);
        } finally {
            queue.release(reference);
        }
    }

    private void send(OutboxEntry entry) {
        Optional<Booking> booking = bookings.find(entry.reference()).filter(b -> b.state() == BookingState.REQUESTED);
        if (booking.isEmpty()) {
            queue.remove(entry.reference()); // cancelled, handed over by staff, or gone: nothing to send
            return;
        }
        Delivery result = partner.send(PostalOrder.of(booking.get(), settings));
        // the booking moves before the entry goes: a crash in between leaves an entry whose booking no
        // longer waits (dropped on the next run), never a sent order that is queued again
        if (result instanceof Delivery.Accepted a) {
            changing.change(entry.reference(), new BookingUpdate(BookingState.SENT_TO_POST_OFFICE,
                    "Đã gửi đơn cho bưu điện", a.waybill(), clock.instant()));
            queue.remove(entry.reference());
        } else if (result instanceof Delivery.Rejected r) {
            log.warn("Post office refused booking {}: {}", entry.reference(), r.reason());
            changing.change(entry.reference(), new BookingUpdate(BookingState.FAILED,
                    "bưu điện không nhận đơn (thông tin chưa hợp lệ)", null, clock.instant()));
            queue.remove(entry.reference());
        } else if (result instanceof Delivery.Unavailable u) {
            retryLater(entry, u.reason());
        }
    }

    private void retryLater(OutboxEntry entry, String reason) {
        Duration wait = backOff(entry.attempts() + 1);
        OutboxEntry failed = entry.failed(reason, clock.instant().plus(wait));
        queue.put(failed);
        log.warn("Post office unavailable for booking {} (attempt {}): {}; next try in {} ms",
                entry.reference(), failed.attempts(), reason, wait.toMillis());
    }

    /** first-retry, doubled per failed attempt, at most max-retry. */
    Duration backOff(int attempts) {
        PostalSettings.Outbox o = settings.outbox();
        Duration wait = o.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(o.maxRetry()) > 0 ? o.maxRetry() : wait;
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
