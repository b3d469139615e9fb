package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.InMemoryUnansweredQuestions;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.conversation.InMemoryConversationStore;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.store.InMemoryProcedureStore;
import vn.motcua.knowledge.synonym.InMemorySynonymStore;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymFile;

/**
 * Conversation tests read like the conversation: {@code send("xin chào").expect("Xin chào")}. The
 * assistant is the real one, over the real seed knowledge base.
 */
public final class ConversationHarness {
    public static final ShopContact SHOP = new ShopContact("Bộ phận một cửa xã Thử", "1900 1234", "Số 1 đường Thử");
    private static KnowledgeBase sharedKnowledge;

    private final Assistant assistant;
    private final InMemoryUnansweredQuestions unanswered = new InMemoryUnansweredQuestions(100);
    private final Channel channel;
    private final String sender;
    private Response last;

    private ConversationHarness(Channel channel, String sender, List<Flow> flows) {
        this.channel = channel;
        this.sender = sender;
        ProcedureCatalog catalog = catalog(knowledge());
        this.assistant = new Assistant(
                IntentClassifier.standard(catalog),
                new AnsweringQuestion(new AnswerWriter(), SHOP, unanswered), catalog,
                new InMemoryConversationStore(Duration.ofHours(1), Clock.systemUTC()), flows, new SmallTalk(SHOP),
                new ReceivingFeedback(unanswered, Clock.systemUTC()));
    }

    public static ConversationHarness web(Flow... flows) {
        return new ConversationHarness(Channel.WEB, "test-conversation", List.of(flows));
    }

    /** A citizen with their own id on a given channel (several of them can share the same flows). */
    public static ConversationHarness on(Channel channel, String sender, Flow... flows) {
        return new ConversationHarness(channel, sender, List.of(flows));
    }

    /** The seed knowledge base from the repository's {@code seeds/procedures}, loaded once per test run. */
    public static synchronized KnowledgeBase knowledge() {
        if (sharedKnowledge == null) {
            Path seeds = Path.of("..", "seeds");
            List<Procedure> procedures = new SeedLoader().loadDirectory(seeds.resolve("procedures"));
            List<Synonym> synonyms;
            try (InputStream in = Files.newInputStream(seeds.resolve("synonyms.tsv"))) {
                synonyms = SynonymFile.read(in, "synonyms.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedKnowledge = new KnowledgeBase(new InMemoryProcedureStore(procedures), new ProcedureIndex(),
                    synonyms, new InMemorySynonymStore());
        }
        return sharedKnowledge;
    }

    public static ProcedureCatalog catalog(KnowledgeBase kb) {
        return new KnowledgeBaseCatalog(kb);
    }

    public Assistant assistant() {
        return assistant;
    }

    public InMemoryUnansweredQuestions unanswered() {
        return unanswered;
    }

    public ConversationHarness send(String text) {
        last = assistant.handle(InboundMessage.text(channel, sender, text));
        return this;
    }

    /** Picks the option whose label contains {@code label} in the last reply. */
    public ConversationHarness choose(String label) {
        Reply.Option option = allOptions().stream().filter(o -> o.label().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in " + allOptions()));
        return send(option.value());
    }

    public ConversationHarness expect(String fragment) {
        assertThat(text()).as("reply to the last message").contains(fragment);
        return this;
    }

    public ConversationHarness expectIntent(String intent) {
        assertThat(last.intent().key()).isEqualTo(intent);
        return this;
    }

    public ConversationHarness expectOption(String label) {
        assertThat(allOptions()).extracting(Reply.Option::label).anyMatch(l -> l.contains(label));
        return this;
    }

    /** The last reply shows 👍/👎 on channels with buttons. */
    public ConversationHarness expectFeedbackOffered(boolean offered) {
        var takes = assertThat(last.replies()).as("replies taking feedback").extracting(Reply::takesFeedback);
        if (offered) {
            takes.contains(true);
        } else {
            takes.doesNotContain(true);
        }
        return this;
    }

    public String text() {
        return String.join("\n", last.replies().stream().map(Reply::text).toList());
    }

    public List<Reply.Option> allOptions() {
        List<Reply.Option> options = new ArrayList<>();
        last.replies().forEach(r -> options.addAll(r.options()));
        return options;
    }
}
