package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.address.AdminUnitsFixture;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * What only the in-memory store does: persisting each change once, restoring what was saved. The
 * behaviour every {@link Bookings} shares is in the adapters' BookingsContract, which runs against
 * this class too.
 */
class InMemoryBookingsTest {
    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    static BookingRequest request(String draft) {
        var units = AdminUnitsFixture.seeds();
        var commune = units.commune("00379").orElseThrow(); // Phường Láng, Hà Nội
        return new BookingRequest(draft, BookingKind.DELIVERY, null, null,
                new DossierCode("000.17.22.H56-210531-0001"), "Nguyễn Văn An", new PhoneNumber("0912345678"),
                new PostalAddress("8 Láng Hạ", commune, units.province(commune.provinceCode()).orElseThrow()),
                new TimeWindow(LocalDate.of(2026, 11, 30), TimeWindow.Part.MORNING),
                new ConversationKey(Channel.TELEGRAM, "42"));
    }

    @Test
    void the_same_draft_confirmed_at_once_from_many_threads_places_one_booking() throws Exception {
        List<Collection<Booking>> writes = new ArrayList<>();
        InMemoryBookings bookings = new InMemoryBookings(List.of(), writes::add);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Placement>> taps = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            taps.add(() -> bookings.place(request("draft-1"), NOW));
        }
        List<Placement> placements = new ArrayList<>();
        for (Future<Placement> f : pool.invokeAll(taps)) {
            placements.add(f.get());
        }
        pool.shutdown();
        assertThat(placements).extracting(p -> p.booking().reference()).containsOnly(placements.get(0).booking().reference());
        assertThat(placements).filteredOn(Placement::created).hasSize(1);
        assertThat(bookings.list(Set.of())).hasSize(1);
        assertThat(writes).hasSize(1);
        assertThat(placements.get(0).booking().reference()).matches("BC-261127-[A-Z2-9]{5}");
    }

    @Test
    void lists_by_state_newest_first_and_restores_what_was_saved() {
        InMemoryBookings bookings = new InMemoryBookings();
        Booking first = bookings.place(request("a"), NOW).booking();
        Booking second = bookings.place(request("b"), NOW.plusSeconds(60)).booking();
        bookings.move(first.reference(), update(BookingState.CANCELLED, "đổi ý"));

        assertThat(bookings.list(Set.of(BookingState.REQUESTED))).extracting(Booking::reference).containsExactly(second.reference());
        assertThat(bookings.list(Set.of())).extracting(Booking::reference).containsExactly(second.reference(), first.reference());

        InMemoryBookings restored = new InMemoryBookings(bookings.list(Set.of()), all -> { });
        assertThat(restored.place(request("a"), NOW).created()).isFalse();
        assertThat(restored.find(first.reference()).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);
    }

    private static BookingUpdate update(BookingState state, String waybill) {
        return new BookingUpdate(state, "", waybill, NOW.plusSeconds(3600));
    }
}
