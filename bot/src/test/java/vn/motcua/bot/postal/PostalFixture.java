package vn.motcua.bot.postal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.address.AdminUnitsFixture;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.ProcedureCatalog;

/** A booking flow over the seed knowledge base and admin units, with bookings kept in memory. */
final class PostalFixture {
    /** Friday 27 November 2026, 10:00 in Vietnam: the windows offered are Saturday 28 and Monday 30. */
    static final Clock FRIDAY_MORNING = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    final InMemoryBookings bookings = new InMemoryBookings();
    final List<Booking> handedOver = new ArrayList<>();
    final BookingPostalService flow;

    PostalFixture() {
        ProcedureCatalog catalog = ConversationHarness.catalog(ConversationHarness.knowledge());
        IntentClassifier classifier = IntentClassifier.standard(catalog);
        PlacingBooking placing = new PlacingBooking(bookings, handedOver::add, FRIDAY_MORNING);
        flow = new BookingPostalService(classifier, catalog, AdminUnitsFixture.seeds(), placing, bookings,
                FRIDAY_MORNING, new PostalTerms("Theo bảng giá của Bưu điện."), ConversationHarness.SHOP);
    }

    ConversationHarness chat() {
        return ConversationHarness.web(flow);
    }
}
