package vn.motcua.bot.postal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking of the public postal service: its reference (what citizens and staff quote), what was
 * asked, where it stands, the post office's own reference (waybill) once it has one, and its history.
 */
public record Booking(String reference, BookingRequest request, BookingState state, String postalReference,
                      List<StateChange> history, Instant createdAt) {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public Booking {
        history = List.copyOf(history);
    }

    /**
     * A new reference, "BC-261127-7KQ3M": the day it was made, then random letters so references cannot
     * be guessed. The store checks it is not taken.
     */
    public static String newReference(Instant at, RandomGenerator random) {
        StringBuilder s = new StringBuilder("BC-").append(DAY.format(LocalDate.ofInstant(at, TimeWindows.VIETNAM)))
                .append('-');
        for (int i = 0; i < 5; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** One step of the history: the state reached, when, and why (a note from staff or the post office). */
    public record StateChange(BookingState state, Instant at, String note) {
    }

    public static Booking requested(String reference, BookingRequest request, Instant at) {
        return new Booking(reference, request, BookingState.REQUESTED, null,
                List.of(new StateChange(BookingState.REQUESTED, at, "")), at);
    }

    /** Public so that every {@link Bookings} store (in process, Redis) moves a booking the same way. */
    public Booking movedTo(BookingUpdate update) {
        List<StateChange> h = new ArrayList<>(history);
        h.add(new StateChange(update.state(), update.at(), update.note() == null ? "" : update.note()));
        String waybill = update.postalReference() != null ? update.postalReference() : postalReference;
        return new Booking(reference, request, update.state(), waybill, h, createdAt);
    }

    public Instant updatedAt() {
        return history.isEmpty() ? createdAt : history.get(history.size() - 1).at();
    }
}
