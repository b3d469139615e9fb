package vn.motcua.adapters.postal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.PostalService;

/**
 * Hands bookings to the postal partner API through an outbox kept on disk: a booking is written to
 * the outbox first and sent by one background thread, retried with doubling back-off for as long as
 * the post office is unreachable. Nothing is dropped by an outage or a restart; a booking cancelled
 * while it waits is not sent.
 */
class PartnerOutbox implements PostalService, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PartnerOutbox.class);

    private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();
    private final AtomicJsonFile<List<OutboxEntry>> file;
    private final PartnerApiClient partner;
    private final Bookings bookings;
    private final ChangingBookingState changing;
    private final PostalSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "postal-outbox");
        t.setDaemon(true);
        return t;
    });

    PartnerOutbox(AtomicJsonFile<List<OutboxEntry>> file, PartnerApiClient partner, Bookings bookings,
                  ChangingBookingState changing, PostalSettings settings, Clock clock) {
        this.file = file;
        this.partner = partner;
        this.bookings = bookings;
        this.changing = changing;
        this.settings = settings;
        this.clock = clock;
        file.read().orElse(List.of()).forEach(e -> entries.put(e.reference(), e));
    }

    /** Picks up what a crash may have left between placing a booking and writing it here, then starts sending. */
    void start() {
        bookings.list(Set.of(BookingState.REQUESTED)).forEach(this::enqueue);
        long every = settings.outbox().pollInterval().toMillis();
        sender.scheduleWithFixedDelay(this::sendDue, 0, every, TimeUnit.MILLISECONDS);
        log.info("Postal partner mode: orders go to {} ({} waiting)", settings.partner().baseUrl(), size());
    }

    @Override
    public void handOver(Booking booking) {
        enqueue(booking);
        sender.execute(this::sendDue);
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized List<OutboxEntry> waiting() {
        return List.copyOf(entries.values());
    }

    /** Writes the booking to the outbox without waking the sender (it goes at the next poll). */
    synchronized void enqueue(Booking booking) {
        if (entries.putIfAbsent(booking.reference(), new OutboxEntry(booking.reference(), 0, clock.instant(), null)) == null) {
            save();
        }
    }

    /** Runs on the sender thread only (tests call it directly while that thread is idle). */
    void sendDue() {
        try {
            for (OutboxEntry entry : due()) {
                send(entry);
            }
        } catch (RuntimeException e) {
            log.error("Postal outbox run failed; will try again", e); // keep the schedule alive
        }
    }

    private synchronized List<OutboxEntry> due() {
        Instant now = clock.instant();
        return new ArrayList<>(entries.values().stream().filter(e -> !e.nextAttemptAt().isAfter(now)).toList());
    }

    private void send(OutboxEntry entry) {
        Optional<Booking> booking = bookings.find(entry.reference()).filter(b -> b.state() == BookingState.REQUESTED);
        if (booking.isEmpty()) {
            remove(entry.reference()); // cancelled, handed over by staff, or gone: nothing to send
            return;
        }
        Delivery result = partner.send(PostalOrder.of(booking.get(), settings));
        if (result instanceof Delivery.Accepted a) {
            remove(entry.reference());
            changing.change(entry.reference(), new BookingUpdate(BookingState.SENT_TO_POST_OFFICE,
                    "Đã gửi đơn cho bưu điện", a.waybill(), clock.instant()));
        } else if (result instanceof Delivery.Rejected r) {
            log.warn("Post office refused booking {}: {}", entry.reference(), r.reason());
            remove(entry.reference());
            changing.change(entry.reference(), new BookingUpdate(BookingState.FAILED,
                    "bưu điện không nhận đơn (thông tin chưa hợp lệ)", null, clock.instant()));
        } else if (result instanceof Delivery.Unavailable u) {
            retryLater(entry, u.reason());
        }
    }

    private synchronized void retryLater(OutboxEntry entry, String reason) {
        Duration wait = backOff(entry.attempts() + 1);
        OutboxEntry failed = entry.failed(reason, clock.instant().plus(wait));
        entries.put(entry.reference(), failed);
        save();
        log.warn("Post office unavailable for booking {} (attempt {}): {}; next try in {} ms",
                entry.reference(), failed.attempts(), reason, wait.toMillis());
    }

    /** first-retry, doubled per failed attempt, at most max-retry. */
    Duration backOff(int attempts) {
        PostalSettings.Outbox o = settings.outbox();
        Duration wait = o.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(o.maxRetry()) > 0 ? o.maxRetry() : wait;
    }

    private synchronized void remove(String reference) {
        if (entries.remove(reference) != null) {
            save();
        }
    }

    private void save() {
        file.write(List.copyOf(entries.values()));
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
