package vn.motcua.adapters.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.InMemoryDossierStore;
import vn.motcua.bot.dossier.InMemorySubscriptions;
import vn.motcua.bot.dossier.NotifyingSubscribers;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.understanding.DossierCode;

/** assistant.onestop.mode picks the sources; a missing URL template stops start-up with the property's name. */
class OnestopConfigurationTest {
    static final DossierCode PUSHED = new DossierCode("000.00.21.H42-251103-0001");

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Core.class, OnestopConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OnestopSettings.class)
    static class Core {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper();
        }

        @Bean
        DossierStore dossierStore() {
            InMemoryDossierStore store = new InMemoryDossierStore();
            OffsetDateTime t = OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 0, ZoneOffset.ofHours(7));
            store.save(new Dossier(PUSHED, DossierStatus.IN_PROGRESS, "ho-tich.khai-sinh", "0912345678", null, null,
                    null, null, t, t.plusDays(7)));
            return store;
        }

        @Bean
        Subscriptions subscriptions() {
            return new InMemorySubscriptions(List.of());
        }

        @Bean
        NotifyingSubscribers notifyingSubscribers(Subscriptions subscriptions) {
            return new NotifyingSubscribers(subscriptions, List.of(), Runnable::run);
        }
    }

    @Test
    void push_is_the_default_and_asks_no_provincial_system() {
        context.run(c -> {
            assertThat(c).doesNotHaveBean(ProvincialLookup.class).doesNotHaveBean(SubscriptionPoller.class);
            assertThat(c.getBean(DossierRegistry.class).find(PUSHED)).isPresent();
        });
    }

    @Test
    void pull_without_a_url_template_fails_naming_the_property() {
        context.withPropertyValues("assistant.onestop.mode=pull").run(c ->
                assertThat(c).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("assistant.onestop.pull.url-template"));
    }

    @Test
    void both_answers_a_pushed_code_without_asking_the_province() {
        context.withPropertyValues("assistant.onestop.mode=both",
                        "assistant.onestop.pull.url-template=http://127.0.0.1:9/unreachable?ma={code}")
                .run(c -> {
                    assertThat(c).hasSingleBean(ProvincialLookup.class).hasSingleBean(SubscriptionPoller.class);
                    assertThat(c.getBean(DossierRegistry.class).find(PUSHED)).isPresent();
                    assertThat(c.getBean(ProvincialLookup.class).circuitOpen()).isFalse();
                });
    }
}
