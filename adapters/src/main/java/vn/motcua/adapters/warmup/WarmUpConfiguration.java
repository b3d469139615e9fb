package vn.motcua.adapters.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    /**
     * Replaces Spring Boot's {@code applicationAvailability} (it backs off when one exists): readiness is
     * refused while the warm-up runs.
     */
    @Bean
    ReadinessAfterWarmUp applicationAvailability(WarmUpSettings settings) {
        return new ReadinessAfterWarmUp(settings.enabled());
    }

    /**
     * The same classes the ask API and the channels run, from question analysis to the written reply, and
     * the same classifier and catalog objects (so their memos warm too), but nothing that leaves a trace:
     * close calls and "don't know" answers are not recorded for staff, the conversation is kept in a store
     * of its own, and no dialogue (dossier lookup with its audit, postal booking) can start.
     */
    @Bean
    WarmUpPipeline warmUpPipeline(IntentClassifier classifier, ProcedureCatalog catalog, ShopContact shop,
                                  Clock clock) {
        UnansweredQuestions discarded = question -> { };
        Assistant detached = new Assistant(classifier, new AnsweringQuestion(new AnswerWriter(), shop, discarded),
                catalog, new InMemoryConversationStore(Duration.ofMinutes(5), clock), List.of(), new SmallTalk(shop),
                new ReceivingFeedback(discarded, clock));
        return question -> {
            detached.ask(question); // the ask API's path
            detached.handle(InboundMessage.text(Channel.SMS, SENDER, question)); // the chat channels' path
        };
    }

    @Bean
    WarmUpAtStart warmUpAtStart(WarmUpSettings settings, ReadinessAfterWarmUp readiness, KnowledgeBase kb,
                                WarmUpPipeline pipeline) {
        SectionDetector sections = new SectionDetector();
        return new WarmUpAtStart(settings, readiness, () -> WarmUpQuestions.from(kb.all(), sections.strongCues()),
                new WarmingUp(pipeline, compilerMillis(), System::nanoTime), Duration.ofSeconds(10));
    }

    /** The JIT's total compiling time, or -1 where the JVM does not report it. */
    private static LongSupplier compilerMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : () -> -1;
    }
}
