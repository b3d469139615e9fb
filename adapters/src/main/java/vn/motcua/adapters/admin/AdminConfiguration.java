package vn.motcua.adapters.admin;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.inbox.GroupingQuestions;
import vn.motcua.bot.inbox.ResolvingUnanswered;
import vn.motcua.bot.inbox.Synonyms;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.seed.InMemorySeedState;
import vn.motcua.knowledge.seed.SeedState;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    /** Admin actions of this instance under its data dir; with Redis, every instance's in one record. */
    @Bean
    @InMemoryStore
    AdminAuditTrail adminAuditTrail(AssistantSettings settings) {
        return new FileAuditTrail(settings.dataDir().resolve("audit.jsonl"));
    }

    @Bean
    AuditLog auditLog(AdminAuditTrail trail, Clock clock) {
        return new AuditLog(trail, clock);
    }

    /** Synonyms staff add from the inbox go to the knowledge base's dictionary (searchable at once). */
    @Bean
    Synonyms synonyms(KnowledgeBase kb) {
        return (phrase, meaning) -> kb.addSynonym(phrase, meaning);
    }

    @Bean
    ResolvingUnanswered resolvingUnanswered(UnansweredInbox inbox, EditingProcedures editing,
                                            ObjectProvider<Synonyms> synonyms, Clock clock) {
        return new ResolvingUnanswered(inbox, editing, synonyms.getIfAvailable(), clock);
    }

    /** Questions sharing at least half their syllables (folded) are shown as one group. */
    @Bean
    GroupingQuestions groupingQuestions() {
        return new GroupingQuestions(0.5);
    }

    @Bean
    RecordImport recordImport(KnowledgeBase kb, EditingProcedures editing, ObjectProvider<SeedState> seedState) {
        return new KnowledgeImport(kb, editing, seedState.getIfAvailable(InMemorySeedState::new));
    }

    @Bean
    BookingQueue bookingQueue(ObjectProvider<Bookings> bookings, ObjectProvider<ChangingBookingState> changing,
                              Clock clock) {
        Bookings all = bookings.getIfAvailable();
        ChangingBookingState moving = changing.getIfAvailable();
        return all == null || moving == null ? BookingQueue.NONE : new PostalBookingQueue(all, moving, clock);
    }

    /** The dossier lookup record as operators see it: senders masked, second factors never recorded. */
    @Bean
    LookupRecords lookupRecords(ObjectProvider<LookupAudit> audit) {
        LookupAudit lookups = audit.getIfAvailable();
        if (lookups == null) {
            return LookupRecords.NONE;
        }
        return () -> lookups.recent().stream()
                .map(e -> new LookupRecords.LookupView(e.at(), e.channel().key(), LookupRecords.masked(e.sender()),
                        e.code(), LookupRecords.outcome(e.outcome().name())))
                .toList();
    }
}
