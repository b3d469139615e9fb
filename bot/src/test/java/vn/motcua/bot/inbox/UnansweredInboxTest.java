package vn.motcua.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.answering.Answer;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditResult;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.editing.InMemoryRevisionStore;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.store.InMemoryProcedureStore;

/** From a question the assistant could not answer, through the inbox, to the right answer next time. */
class UnansweredInboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final String QUESTION = "em bé nhà tôi mới chào đời thì xin giấy tờ gì cho bé";

    @TempDir
    Path dir;
    private KnowledgeBase kb;
    private FileUnansweredInbox inbox;
    private ResolvingUnanswered resolving;
    private vn.motcua.bot.Assistant assistant;

    private static Procedure procedure(String id, String name, List<String> aliases) {
        return new Procedure(id, null, name, "Hộ tịch", List.of("Cấp xã"), Agencies.NONE, List.of(),
                "Bộ phận một cửa UBND cấp xã",
                List.of(new SubmissionChannel(SubmissionMode.IN_PERSON, "Trong ngày", "Miễn lệ phí", "")), null,
                List.of(new RequiredDocument("Tờ khai theo mẫu", "1 bản", "", "")), List.of("Nộp hồ sơ"),
                "Trong ngày", "Miễn lệ phí", null, List.of(), "Trích lục", List.of(), List.of(), aliases, List.of(),
                new Source("1872/QĐ-BTP", null), LocalDate.of(2026, 11, 1), List.of(), null);
    }

    @BeforeEach
    void setUp() {
        kb = new KnowledgeBase(new InMemoryProcedureStore(List.of(
                procedure("ho-tich.khai-sinh", "Đăng ký khai sinh", List.of("làm giấy khai sinh")),
                procedure("ho-tich.khai-tu", "Đăng ký khai tử", List.of("báo tử", "giấy chứng tử")))),
                new ProcedureIndex());
        inbox = new FileUnansweredInbox(dir.resolve("unanswered.jsonl"), 1000);
        resolving = new ResolvingUnanswered(inbox,
                new EditingProcedures(kb, new InMemoryRevisionStore(), CLOCK), null, CLOCK);
        var catalog = ConversationHarness.catalog(kb);
        assistant = new vn.motcua.bot.Assistant(
                IntentClassifier.standard(catalog),
                new AnsweringQuestion(new AnswerWriter(), ConversationHarness.SHOP, inbox), catalog,
                new vn.motcua.bot.conversation.InMemoryConversationStore(java.time.Duration.ofHours(1), CLOCK),
                List.of(), new vn.motcua.bot.SmallTalk(ConversationHarness.SHOP), new ReceivingFeedback(inbox, CLOCK));
    }

    @AfterEach
    void tearDown() {
        kb.close();
    }

    @Test
    void an_attached_question_is_answered_right_the_next_time() {
        Answer before = assistant.ask(QUESTION);
        assertThat(before.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        InboxQuestion logged = inbox.open().get(0);
        assertThat(logged.text()).isEqualTo(QUESTION);

        EditResult result = resolving.attachAsExample(List.of(logged.id()), "ho-tich.khai-sinh", "lan");

        assertThat(result).isInstanceOf(EditResult.Saved.class);
        Answer after = assistant.ask(QUESTION);
        assertThat(after.intent()).isEqualTo(Intent.PROCEDURE);
        assertThat(after.procedures().get(0).procedure().publicId()).isEqualTo("ho-tich.khai-sinh");
        assertThat(inbox.open()).isEmpty();
        assertThat(inbox.find(logged.id()).orElseThrow().resolution())
                .extracting(Resolution::kind, Resolution::procedureId, Resolution::by)
                .containsExactly(Resolution.Kind.EXAMPLE, "ho-tich.khai-sinh", "lan");
    }

    @Test
    void questions_recorded_from_many_threads_all_reach_the_file_in_order_of_their_resolutions() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Callable<Boolean>> work = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = "hỏi số " + i;
            work.add(() -> {
                inbox.record(new UnansweredQuestion(text, Channel.WEB, "out_of_scope", null, CLOCK.instant()));
                String id = inbox.all().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow().id();
                return inbox.resolve(id, new Resolution(Resolution.Kind.DISMISSED, null, null, "lan", CLOCK.instant()));
            });
        }
        for (var done : pool.invokeAll(work)) {
            assertThat(done.get()).isTrue();
        }
        pool.shutdown();

        FileUnansweredInbox reopened = new FileUnansweredInbox(dir.resolve("unanswered.jsonl"), 1000);

        assertThat(reopened.all()).hasSize(400);
        assertThat(reopened.open()).isEmpty(); // each resolution was written after its question
        assertThat(reopened.all()).extracting(q -> java.util.UUID.fromString(q.id()).version()).containsOnly(4);
        assertThat(reopened.all()).extracting(InboxQuestion::id).doesNotHaveDuplicates();
    }

    @Test
    void the_inbox_survives_a_restart_with_its_resolutions() {
        inbox.record(new UnansweredQuestion("hỏi một", Channel.WEB, "out_of_scope", null, CLOCK.instant()));
        inbox.record(new UnansweredQuestion("hỏi hai", Channel.SMS, "low_confidence", "ho-tich.khai-tu", CLOCK.instant()));
        String first = inbox.all().get(1).id();
        resolving.dismiss(List.of(first), "lan");

        FileUnansweredInbox reopened = new FileUnansweredInbox(dir.resolve("unanswered.jsonl"), 1000);

        assertThat(reopened.all()).extracting(InboxQuestion::text).containsExactly("hỏi hai", "hỏi một");
        assertThat(reopened.open()).extracting(InboxQuestion::text).containsExactly("hỏi hai");
        assertThat(reopened.all().get(0).channel()).isEqualTo(Channel.SMS);
        assertThat(reopened.find(first).orElseThrow().resolution().kind()).isEqualTo(Resolution.Kind.DISMISSED);
    }

    @Test
    void unhelpful_feedback_lands_in_the_inbox_and_helpful_does_not() {
        ReceivingFeedback feedback = new ReceivingFeedback(inbox, CLOCK);

        feedback.receive(Channel.WEB, "lệ phí khai sinh", "ho-tich.khai-sinh", true);
        feedback.receive(Channel.WEB, "khai sinh cho con nuôi", "ho-tich.khai-sinh", false);

        assertThat(inbox.open()).extracting(InboxQuestion::text, InboxQuestion::reason, InboxQuestion::bestGuessId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("khai sinh cho con nuôi", "unhelpful",
                        "ho-tich.khai-sinh"));
        assertThat(feedback.helpfulCount()).isEqualTo(1);
    }

    @Test
    void similar_questions_are_grouped_with_or_without_diacritics() {
        List<InboxQuestion> questions = List.of(
                question("1", "làm CCCD ở đâu", 1),
                question("2", "lam cccd o dau vay", 2),
                question("3", "đăng ký xe máy cần gì", 3),
                question("4", "Làm cccd ở đâu?", 4));

        List<QuestionGroup> groups = new GroupingQuestions(0.5).group(questions);

        assertThat(groups).extracting(g -> g.questions().stream().map(InboxQuestion::id).toList())
                .containsExactly(List.of("1", "2", "4"), List.of("3"));
    }

    private static InboxQuestion question(String id, String text, int minute) {
        return new InboxQuestion(id, text, Channel.WEB, "out_of_scope", null,
                CLOCK.instant().plusSeconds(60L * minute), null);
    }
}
