package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.address.Commune;
import vn.motcua.bot.address.Province;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingKind;
import vn.motcua.bot.postal.BookingRequest;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.PhoneNumber;
import vn.motcua.bot.postal.Placement;
import vn.motcua.bot.postal.PostalAddress;
import vn.motcua.bot.postal.TimeWindow;
import vn.motcua.bot.postal.Transition;
import vn.motcua.bot.understanding.DossierCode;

/**
 * What every {@link Bookings} store must do: one booking per draft however often it is confirmed,
 * states that only move forward, a list by state, newest first.
 */
public abstract class BookingsContract {
    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    protected abstract Bookings bookings();

    static BookingRequest request(String draft) {
        Province hanoi = new Province("01", "Hà Nội", "Thành phố Hà Nội");
        Commune lang = new Commune("00379", "Láng", "Phường Láng", "01");
        return new BookingRequest(draft, BookingKind.DELIVERY, null, null,
                new DossierCode("000.17.22.H56-210531-0001"), "Nguyễn Văn An", new PhoneNumber("0912345678"),
                new PostalAddress("8 Láng Hạ", lang, hanoi),
                new TimeWindow(LocalDate.of(2026, 11, 30), TimeWindow.Part.MORNING),
                new ConversationKey(Channel.TELEGRAM, "42"));
    }

    private static BookingUpdate update(BookingState state, String waybill) {
        return new BookingUpdate(state, "", waybill, NOW.plusSeconds(3600));
    }

    @Test
    void the_same_draft_confirmed_at_once_places_one_booking() throws Exception {
        Bookings bookings = bookings();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Placement>> taps = new ArrayList<>();
            String draft = "draft-" + System.nanoTime();
            for (int i = 0; i < 16; i++) {
                taps.add(() -> bookings.place(request(draft), NOW));
            }
            List<Placement> placements = new ArrayList<>();
            for (Future<Placement> f : pool.invokeAll(taps)) {
                placements.add(f.get());
            }
            assertThat(placements).extracting(p -> p.booking().reference())
                    .containsOnly(placements.get(0).booking().reference());
            assertThat(placements).filteredOn(Placement::created).hasSize(1);
            assertThat(placements.get(0).booking().reference()).matches("BC-261127-[A-Z2-9]{5}");
            assertThat(bookings.find(placements.get(0).booking().reference()).orElseThrow().request())
                    .isEqualTo(request(draft));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void moves_forward_only_and_ignores_a_repeated_update() {
        Bookings bookings = bookings();
        String ref = bookings.place(request("d-" + System.nanoTime()), NOW).booking().reference();

        assertThat(bookings.move(ref, update(BookingState.SENT_TO_POST_OFFICE, "EB1"))).isInstanceOf(Transition.Moved.class);
        assertThat(bookings.move(ref, update(BookingState.SENT_TO_POST_OFFICE, null))).isInstanceOf(Transition.Unchanged.class);
        assertThat(bookings.move(ref, update(BookingState.DELIVERED, null))).isInstanceOf(Transition.Moved.class);
        assertThat(bookings.move(ref, update(BookingState.SENT_TO_POST_OFFICE, null))).isInstanceOf(Transition.Refused.class);
        assertThat(bookings.move(ref, update(BookingState.DONE, null))).isInstanceOf(Transition.Moved.class);
        assertThat(bookings.move("BC-NOPE", update(BookingState.DONE, null))).isInstanceOf(Transition.NotFound.class);

        Booking b = bookings.find(ref.toLowerCase()).orElseThrow();
        assertThat(b.state()).isEqualTo(BookingState.DONE);
        assertThat(b.postalReference()).isEqualTo("EB1");
        assertThat(b.history()).extracting(Booking.StateChange::state).containsExactly(BookingState.REQUESTED,
                BookingState.SENT_TO_POST_OFFICE, BookingState.DELIVERED, BookingState.DONE);
    }

    @Test
    void concurrent_moves_of_one_booking_lose_no_step() throws Exception {
        Bookings bookings = bookings();
        String ref = bookings.place(request("c-" + System.nanoTime()), NOW).booking().reference();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Transition>> moves = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                moves.add(() -> bookings.move(ref, update(BookingState.SENT_TO_POST_OFFICE, "EB2")));
            }
            List<Transition> done = new ArrayList<>();
            for (Future<Transition> f : pool.invokeAll(moves)) {
                done.add(f.get());
            }
            assertThat(done).filteredOn(t -> t instanceof Transition.Moved).hasSize(1);
            assertThat(bookings.find(ref).orElseThrow().history()).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lists_by_state_newest_first() {
        Bookings bookings = bookings();
        Booking first = bookings.place(request("a-" + System.nanoTime()), NOW).booking();
        Booking second = bookings.place(request("b-" + System.nanoTime()), NOW.plusSeconds(60)).booking();
        bookings.move(first.reference(), update(BookingState.CANCELLED, "đổi ý"));

        assertThat(bookings.list(Set.of(BookingState.REQUESTED))).extracting(Booking::reference)
                .containsExactly(second.reference());
        assertThat(bookings.list(Set.of())).extracting(Booking::reference)
                .containsExactly(second.reference(), first.reference());
    }
}
