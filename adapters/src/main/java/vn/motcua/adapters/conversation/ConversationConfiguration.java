package vn.motcua.adapters.conversation;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.InMemoryStore;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.SmallTalk;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.answering.UnansweredQuestions;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.inbox.FileUnansweredInbox;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.ProcedureCatalog;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @InMemoryStore
    ConversationStore conversationStore(Clock clock) {
        return new InMemoryConversationStore(Duration.ofHours(24), clock);
    }

    /** Questions answered badly, kept under the data dir: staff work through them over days. */
    @Bean
    @InMemoryStore
    UnansweredInbox unansweredQuestions(AssistantSettings settings) {
        return new FileUnansweredInbox(settings.dataDir().resolve("unanswered.jsonl"), 10_000);
    }

    @Bean
    ReceivingFeedback receivingFeedback(UnansweredQuestions unanswered, Clock clock) {
        return new ReceivingFeedback(unanswered, clock);
    }

    /** The shop's contact as the core sees it; other packages' flows (dossier lookup, postal booking) need it too. */
    @Bean
    ShopContact shopContact(ShopSettings shop) {
        return shop.contact();
    }

    @Bean
    IntentClassifier intentClassifier(ProcedureCatalog catalog) {
        return IntentClassifier.standard(catalog);
    }

    @Bean
    Assistant assistant(IntentClassifier classifier, ProcedureCatalog catalog, ConversationStore conversations,
                        UnansweredQuestions unanswered, ObjectProvider<Flow> flows, ShopContact shop,
                        ReceivingFeedback feedback) {
        AnsweringQuestion answering = new AnsweringQuestion(new AnswerWriter(), shop, unanswered);
        return new Assistant(classifier, answering, catalog, conversations, flows.orderedStream().toList(),
                new SmallTalk(shop), feedback);
    }
}
