package vn.motcua.bot.postal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Bookings in this process. Every change is handed, in order and under the lock, to {@code persist}
 * (the adapters write them to disk), so what was confirmed survives a restart. Bookings are few
 * (hundreds a day at most): one lock and a full snapshot per change are simple and fast enough.
 */
public class InMemoryBookings implements Bookings {
    private final Map<String, Booking> byReference = new LinkedHashMap<>();
    private final Map<String, String> referenceByDraft = new HashMap<>();
    private final Consumer<Collection<Booking>> persist;
    private final SecureRandom random = new SecureRandom();

    public InMemoryBookings(Collection<Booking> saved, Consumer<Collection<Booking>> persist) {
        saved.forEach(this::index);
        this.persist = persist;
    }

    public InMemoryBookings() {
        this(List.of(), all -> { });
    }

    @Override
    public synchronized Placement place(BookingRequest request, Instant at) {
        String existing = referenceByDraft.get(request.draftId());
        if (existing != null) {
            return new Placement(byReference.get(existing), false);
        }
        Booking booking = Booking.requested(newReference(at), request, at);
        index(booking);
        persist.accept(List.copyOf(byReference.values()));
        return new Placement(booking, true);
    }

    @Override
    public synchronized Optional<Booking> find(String reference) {
        return Optional.ofNullable(reference).map(r -> byReference.get(r.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public synchronized List<Booking> list(Set<BookingState> states) {
        List<Booking> found = new ArrayList<>();
        for (Booking b : byReference.values()) {
            if (states.isEmpty() || states.contains(b.state())) {
                found.add(b);
            }
        }
        found.sort(Comparator.comparing(Booking::createdAt).reversed());
        return found;
    }

    @Override
    public synchronized Transition move(String reference, BookingUpdate update) {
        Optional<Booking> found = find(reference);
        if (found.isEmpty()) {
            return new Transition.NotFound(reference);
        }
        Booking booking = found.get();
        if (booking.state() == update.state()) {
            return new Transition.Unchanged(booking);
        }
        if (!booking.state().canMoveTo(update.state())) {
            return new Transition.Refused(booking, update.state());
        }
        Booking moved = booking.movedTo(update);
        index(moved);
        persist.accept(List.copyOf(byReference.values()));
        return new Transition.Moved(moved);
    }

    private void index(Booking b) {
        byReference.put(b.reference(), b);
        referenceByDraft.put(b.request().draftId(), b.reference());
    }

    private String newReference(Instant at) {
        String reference;
        do {
            reference = Booking.newReference(at, random);
        } while (byReference.containsKey(reference));
        return reference;
    }
}
