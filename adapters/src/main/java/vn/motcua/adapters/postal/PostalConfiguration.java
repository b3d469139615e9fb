package vn.motcua.adapters.postal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.adapters.SharedWorkQueue;
import vn.motcua.adapters.WorkQueues;
import vn.motcua.bot.address.AdminUnits;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingNotices;
import vn.motcua.bot.postal.BookingPostalService;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.InMemoryBookings;
import vn.motcua.bot.postal.PlacingBooking;
import vn.motcua.bot.postal.PostalService;
import vn.motcua.bot.postal.PostalTerms;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.ProcedureCatalog;

@Configuration(proxyBeanMethods = false)
class PostalConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PostalConfiguration.class);

    @Bean
    AdminUnits adminUnits(AssistantSettings assistant) {
        return AdminUnitsSource.load(assistant.dataDir());
    }

    /** Bookings in memory, written to {@code <data-dir>/postal/bookings.json} on every change ({@code assistant.store=memory}). */
    @Bean
    @InMemoryStore
    InMemoryBookings bookings(AssistantSettings assistant, ObjectMapper json) {
        AtomicJsonFile<List<Booking>> file = new AtomicJsonFile<>(assistant.dataDir().resolve("postal/bookings.json"),
                json, new TypeReference<>() { });
        // a booking the citizen was told is confirmed must survive a power cut too: synced before the reply
        return new InMemoryBookings(file.read().orElse(List.of()), all -> file.writeDurably(List.copyOf(all)));
    }

    @Bean
    ChangingBookingState changingBookingState(Bookings bookings, ObjectProvider<OutboundChannel> channels,
                                              ShopContact shop) {
        return new ChangingBookingState(bookings, channels.orderedStream().toList(), new BookingNotices(shop));
    }

    /** The partner outbox is AutoCloseable: Spring stops its sender thread on shutdown. */
    @Bean
    @ConditionalOnMissingBean(PostalService.class)
    PostalService postalService(PostalSettings settings, AssistantSettings assistant, Bookings bookings,
                                ChangingBookingState changing, ObjectMapper json, Clock clock,
                                ObjectProvider<WorkQueues> workQueues) {
        if (settings.mode() == PostalSettings.Mode.MANUAL) {
            log.info("Postal service in manual mode: bookings wait in the admin queue for staff");
            return new StaffQueue();
        }
        if (settings.partner().baseUrl() == null) {
            throw new IllegalStateException("assistant.postal.mode=partner needs assistant.postal.partner.base-url");
        }
        AtomicJsonFile<List<OutboxEntry>> file = new AtomicJsonFile<>(assistant.dataDir().resolve("postal/outbox.json"), json,
                new TypeReference<>() { });
        OutboxFile local = new OutboxFile(file);
        // with Redis, one outbox for every instance (each order sent by the instance holding its lease);
        // the file keeps orders while Redis is down
        WorkQueues shared = workQueues.getIfAvailable();
        SharedWorkQueue<OutboxEntry> queue = shared == null ? SharedWorkQueue.unshared(local, OutboxEntry::reference)
                : shared.shared("postal", OutboxEntry.class, OutboxEntry::reference, local);
        PartnerOutbox outbox = new PartnerOutbox(queue, new PartnerApiClient(settings.partner(), json), bookings, changing,
                settings, clock);
        outbox.start();
        return outbox;
    }

    @Bean
    PlacingBooking placingBooking(Bookings bookings, PostalService postalService, Clock clock) {
        return new PlacingBooking(bookings, postalService, clock);
    }

    @Bean
    Flow bookingPostalService(IntentClassifier classifier, ProcedureCatalog catalog, AdminUnits units,
                              PlacingBooking placing, Bookings bookings, Clock clock, PostalSettings settings,
                              ShopContact shop) {
        return new BookingPostalService(classifier, catalog, units, placing, bookings, clock,
                new PostalTerms(settings.postage()), shop);
    }
}
