package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.InMemoryUnansweredQuestions;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.flow.Turn;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.MatchConfidence;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.bot.understanding.SectionDetector;
import vn.motcua.bot.understanding.Understanding;

/**
 * A store that cannot be reached (the shared Redis restarting) never turns into an error: procedure
 * questions are still answered, dialogues that need the store say they are briefly unavailable, and
 * everything resumes once the store is back.
 */
class AssistantWhenStoresFailTest {
    private static final String UNAVAILABLE = "tạm gián đoạn";

    private final Switch conversationsDown = new Switch();
    private final Switch lookupsDown = new Switch();
    private final Assistant assistant = assistant();

    @Test
    void answers_procedure_questions_without_the_conversation_store() {
        conversationsDown.on = true;
        Response r = send("đăng ký khai sinh cho con cần giấy tờ gì");
        assertThat(r.intent()).isEqualTo(Intent.PROCEDURE);
        // an answer, or a choice between close procedures: either way from the knowledge base
        String said = text(r) + r.replies().stream().flatMap(x -> x.options().stream()).map(Reply.Option::label).toList();
        assertThat(said).containsIgnoringCase("khai sinh").doesNotContain(UNAVAILABLE);
    }

    @Test
    void a_section_option_picked_while_the_conversation_store_is_down_is_answered() {
        conversationsDown.on = true;
        Response r = send("tt:ho-tich.khai-sinh:fees");
        assertThat(r.intent()).isEqualTo(Intent.PROCEDURE);
        assertThat(text(r)).contains("Đăng ký khai sinh").contains("Phí, lệ phí").doesNotContain(UNAVAILABLE);
    }

    @Test
    void a_dialogue_that_needs_the_conversation_store_says_it_is_briefly_unavailable() {
        conversationsDown.on = true;
        Response r = send("tra cứu hồ sơ");
        assertThat(r.intent()).isEqualTo(Intent.DOSSIER_STATUS);
        assertThat(text(r)).contains(UNAVAILABLE).contains(ConversationHarness.SHOP.hotline());
    }

    @Test
    void a_flow_whose_own_store_fails_keeps_its_place_and_resumes_when_the_store_returns() {
        assertThat(text(send("tra cứu hồ sơ"))).contains("mã hồ sơ");
        lookupsDown.on = true;
        Response failed = send("000.00.00.H01-261120-0001");
        assertThat(failed.intent()).isEqualTo(Intent.DOSSIER_STATUS);
        assertThat(text(failed)).contains(UNAVAILABLE);

        lookupsDown.on = false;
        assertThat(text(send("000.00.00.H01-261120-0001"))).contains("Hồ sơ 000.00.00.H01-261120-0001: đang xử lý");
    }

    @Test
    void the_conversation_store_failing_mid_dialogue_is_said_plainly_and_the_dialogue_resumes_after() {
        assertThat(text(send("tra cứu hồ sơ"))).contains("mã hồ sơ");
        conversationsDown.on = true;
        assertThat(text(send("000.00.00.H01-261120-0001"))).contains(UNAVAILABLE);

        conversationsDown.on = false;
        assertThat(text(send("000.00.00.H01-261120-0001"))).contains("đang xử lý");
    }

    @Test
    void starting_a_dialogue_that_cannot_be_remembered_is_refused_politely() {
        // reading works, but the write that would keep the dialogue going fails
        conversationsDown.failSavesOnly = true;
        Response r = send("tra cứu hồ sơ");
        assertThat(text(r)).contains(UNAVAILABLE).doesNotContain("mã hồ sơ");
    }

    private Response send(String text) {
        return assistant.handle(InboundMessage.text(Channel.WEB, "citizen-1", text));
    }

    private static String text(Response r) {
        return String.join("\n", r.replies().stream().map(Reply::text).toList());
    }

    private Assistant assistant() {
        ProcedureCatalog catalog = ConversationHarness.catalog(ConversationHarness.knowledge());
        ConversationStore store = new FailingConversations(
                new InMemoryConversationStore(Duration.ofHours(1), Clock.systemUTC()), conversationsDown);
        InMemoryUnansweredQuestions unanswered = new InMemoryUnansweredQuestions(10);
        return new Assistant(new IntentClassifier(catalog, new SectionDetector(), new MatchConfidence(4.0f, 0.9f)),
                new AnsweringQuestion(new AnswerWriter(), ConversationHarness.SHOP, unanswered),
                catalog, store, List.of(new LookupFlow(lookupsDown)), new SmallTalk(ConversationHarness.SHOP),
                new ReceivingFeedback(unanswered, Clock.systemUTC()));
    }

    /** Whether a store is down (set by the test). */
    static final class Switch {
        volatile boolean on;
        volatile boolean failSavesOnly;
    }

    /** The real in-memory store behind a switch that makes it fail like an unreachable Redis. */
    record FailingConversations(ConversationStore delegate, Switch down) implements ConversationStore {
        @Override
        public Optional<Conversation> find(ConversationKey key) {
            if (down.on) {
                throw new StoreUnavailable("conversations", new IllegalStateException("connection refused"));
            }
            return delegate.find(key);
        }

        @Override
        public void save(Conversation conversation) {
            if (down.on || down.failSavesOnly) {
                throw new StoreUnavailable("conversations", new IllegalStateException("connection refused"));
            }
            delegate.save(conversation);
        }
    }

    /** A two-step dialogue backed by a store that can fail: asks for a code, then looks it up. */
    record LookupFlow(Switch down) implements Flow {
        @Override
        public String name() {
            return "test-lookup";
        }

        @Override
        public Intent intent() {
            return Intent.DOSSIER_STATUS;
        }

        @Override
        public Turn start(Conversation conversation, InboundMessage message, Understanding understanding) {
            return new Turn(conversation.enter(name(), Map.of()), List.of(Reply.text("Bạn cho tôi mã hồ sơ nhé.")),
                    intent());
        }

        @Override
        public Turn next(Conversation conversation, InboundMessage message) {
            if (down.on) {
                throw new StoreUnavailable("dossiers", new IllegalStateException("connection refused"));
            }
            return new Turn(conversation.idle(), List.of(Reply.text("Hồ sơ " + message.text() + ": đang xử lý")),
                    intent());
        }
    }
}
