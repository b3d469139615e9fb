package vn.motcua.adapters.onestop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.motcua.adapters.HmacSignature;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.NotifyingSubscribers;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.understanding.DossierCode;

@Configuration(proxyBeanMethods = false)
class OnestopConfiguration {
    private static final Logger log = LoggerFactory.getLogger(OnestopConfiguration.class);

    @Bean
    HmacSignature pushSignature(OnestopSettings settings, Clock clock) {
        HmacSignature signature = new HmacSignature(settings.pushSecret(), settings.pushMaxAge(), clock);
        if (settings.mode().pushes() && !signature.configured()) {
            log.info("Dossier push API is off: set assistant.onestop.push-secret to accept PUT /api/v1/dossiers/{code}");
        }
        return signature;
    }

    /** The registry the lookup uses; primary over the provincial lookup bean, which is one source of it. */
    @Bean
    @Primary
    DossierRegistry dossierRegistry(OnestopSettings settings, DossierStore pushed,
                                    ObjectProvider<ProvincialLookup> provincial) {
        return switch (settings.mode()) {
            case PUSH -> pushed::find;
            case PULL -> provincial.getObject();
            case BOTH -> {
                ProvincialLookup pulled = provincial.getObject();
                yield code -> pushedThenPulled(code, pushed, pulled);
            }
        };
    }

    private static Optional<Dossier> pushedThenPulled(DossierCode code, DossierStore pushed, ProvincialLookup pulled) {
        Optional<Dossier> found = pushed.find(code);
        return found.isPresent() ? found : pulled.find(code);
    }

    /** The provincial lookup API and the poller of followed dossiers, in pull and both modes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${assistant.onestop.mode:push}'.equalsIgnoreCase('push')")
    static class Pulling {

        @Bean
        ProvincialLookup provincialLookup(OnestopSettings settings, ObjectMapper json, Clock clock) {
            String template = settings.pull().urlTemplate();
            if (template == null || !template.contains("{code}")) {
                throw new IllegalStateException("assistant.onestop.pull.url-template (with {code}) is required when"
                        + " assistant.onestop.mode is " + settings.mode().name().toLowerCase());
            }
            log.info("Dossiers are looked up at {}", template);
            return new ProvincialLookup(settings.pull(), json, clock);
        }

        @Bean(destroyMethod = "close")
        SubscriptionPoller subscriptionPoller(OnestopSettings settings, ProvincialLookup lookup,
                                              Subscriptions subscriptions, NotifyingSubscribers notifying) {
            SubscriptionPoller poller = new SubscriptionPoller(lookup, subscriptions, notifying);
            poller.start(settings.pull().pollInterval());
            return poller;
        }
    }
}
