package vn.motcua.adapters.warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import vn.motcua.adapters.AskApiJson;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.SmallTalk;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.answering.UnansweredQuestions;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.bot.understanding.SectionDetector;
import vn.motcua.knowledge.KnowledgeBase;

@Configuration(proxyBeanMethods = false)
class WarmUpConfiguration {
    /** The sender of the warm-up's messages, in its own conversation store only. */
    static final String SENDER = "warm-up";
    /** Marks the warm-up's own pings (see {@link LoopbackPing}); new at each start. */
    private static final String PING_TOKEN = UUID.randomUUID().toString();

    /**
     * Replaces Spring Boot's {@code applicationAvailability} (it backs off when one exists): readiness is
     * refused while the warm-up runs.
     */
    @Bean
    ReadinessAfterWarmUp applicationAvailability(WarmUpSettings settings) {
        return new ReadinessAfterWarmUp(settings.enabled());
    }

    /**
     * The same classes the ask API and the channels run, from question analysis to the written reply (and
     * the ask API's own JSON code, {@link AskApiJson}), and
     * the same classifier and catalog objects (so their memos warm too), but nothing that leaves a trace:
     * close calls and "don't know" answers are not recorded for staff, the conversation is kept in a store
     * of its own, and no dialogue (dossier lookup with its audit, postal booking) can start.
     */
    @Bean
    WarmUpPipeline warmUpPipeline(IntentClassifier classifier, ProcedureCatalog catalog, ShopContact shop,
                                  Clock clock, ObjectMapper json, AskApiJson askJson) {
        UnansweredQuestions discarded = question -> { };
        Assistant detached = new Assistant(classifier, new AnsweringQuestion(new AnswerWriter(), shop, discarded),
                catalog, new InMemoryConversationStore(Duration.ofMinutes(5), clock), List.of(), new SmallTalk(shop),
                new ReceivingFeedback(discarded, clock));
        return question -> {
            // the ask API's path, its JSON included: the body read and the answer written by the API's own code
            try {
                byte[] body = json.writeValueAsBytes(Map.of("text", question));
                askJson.answer(detached.ask(askJson.question(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            detached.handle(InboundMessage.text(Channel.SMS, SENDER, question)); // the chat channels' path
        };
    }

    @Bean
    WarmUpAtStart warmUpAtStart(WarmUpSettings settings, ReadinessAfterWarmUp readiness, KnowledgeBase kb,
                                WarmUpPipeline pipeline) {
        SectionDetector sections = new SectionDetector();
        return new WarmUpAtStart(settings, readiness, () -> WarmUpQuestions.from(kb.all(), sections.strongCues()),
                pipeline, new WarmingUp(compilerMillis(), System::nanoTime), PING_TOKEN, Duration.ofSeconds(10));
    }

    /**
     * The warm-up's pings over loopback are not observed: no request metrics. Only requests carrying this
     * start's random token are left out, so a client cannot hide its requests by sending the header.
     */
    @Bean
    ObservationPredicate warmUpPingsUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null
                && PING_TOKEN.equals(request.getCarrier().getHeader(LoopbackPing.HEADER)));
    }

    /** The JIT's total compiling time, or -1 where the JVM does not report it. */
    private static LongSupplier compilerMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : () -> -1;
    }
}
