package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.DossierReport;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.FollowingDossier;
import vn.motcua.bot.dossier.InMemoryLookupAttempts;
import vn.motcua.bot.dossier.LookingUpDossier;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.dossier.LookupLimits;
import vn.motcua.bot.dossier.NotifyingSubscribers;
import vn.motcua.bot.dossier.RecordingDossierUpdate;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.understanding.ProcedureCatalog;

@Configuration(proxyBeanMethods = false)
class DossierConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DossierConfiguration.class);

    @Bean
    @InMemoryStore
    FileDossierStore dossierStore(AssistantSettings assistant, ObjectMapper json) {
        return new FileDossierStore(assistant.dataDir().resolve("dossiers.jsonl"), json);
    }

    /** Demo dossiers live for this run only: never written to the journal, so a restart dates them anew. */
    @Bean
    @InMemoryStore
    DemoDossierStore demoDossierStore(FileDossierStore store) {
        return store::holdForThisRun;
    }

    /**
     * Loads the demo dossiers once every store exists, before the server takes requests. A store that
     * cannot take them now (Redis down) costs the demo only, never the start.
     */
    @Bean
    SmartInitializingSingleton loadingDemoDossiers(DossierSettings settings, DemoDossierStore demoStore,
                                                   ObjectMapper json, Clock clock) {
        return () -> {
            if (!settings.demo()) {
                return;
            }
            List<Dossier> demo = DemoDossiers.read(new ClassPathResource("seeds/demo/dossiers.json"), json, clock);
            try {
                int held = demoStore.hold(demo);
                log.info("{} demo dossiers (not real) loaded, {} written now; set assistant.dossiers.demo=false"
                        + " in production", demo.size(), held);
            } catch (StoreUnavailable e) {
                log.warn("Demo dossiers not loaded, the dossier store is unavailable: {}", e.getMessage());
            }
        };
    }

    /** Shared with the Redis twin of the lookup attempts. */
    @Bean
    LookupLimits lookupLimits(DossierSettings settings) {
        return settings.lookup().limits();
    }

    @Bean
    @InMemoryStore
    LookupAttempts lookupAttempts(LookupLimits limits, Clock clock) {
        return new InMemoryLookupAttempts(limits, clock);
    }

    @Bean
    @InMemoryStore
    Subscriptions subscriptions(AssistantSettings assistant, ObjectMapper json) {
        return new FileSubscriptions(assistant.dataDir().resolve("dossier-subscriptions.json"), json);
    }

    @Bean
    @InMemoryStore
    FileLookupAudit lookupAudit(AssistantSettings assistant, ObjectMapper json) {
        return new FileLookupAudit(assistant.dataDir().resolve("audit").resolve("dossier-lookups.jsonl"), json);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService dossierNoticeSending(DossierSettings settings) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.noticeThreads(), r -> {
            Thread t = new Thread(r, "dossier-notice-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Every channel adapter's outbound side; a channel that is off contributes none. */
    @Bean
    NotifyingSubscribers notifyingSubscribers(Subscriptions subscriptions, ObjectProvider<OutboundChannel> channels,
                                              ExecutorService dossierNoticeSending) {
        return new NotifyingSubscribers(subscriptions, channels.orderedStream().toList(), dossierNoticeSending);
    }

    @Bean
    RecordingDossierUpdate recordingDossierUpdate(DossierStore store, NotifyingSubscribers notifying) {
        return new RecordingDossierUpdate(store, notifying);
    }

    @Bean
    Flow lookingUpDossier(DossierRegistry registry, LookupAttempts attempts, LookupAudit audit,
                          Subscriptions subscriptions, NotifyingSubscribers notifying, ProcedureCatalog catalog,
                          ShopContact shop, Clock clock) {
        return new LookingUpDossier(registry, attempts, audit, new DossierReport(catalog, shop, clock),
                new FollowingDossier(subscriptions, attempts, notifying, clock), shop, clock);
    }
}
