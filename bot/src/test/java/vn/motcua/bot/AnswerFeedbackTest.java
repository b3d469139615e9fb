package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

class AnswerFeedbackTest {
    private static final String QUESTION = "lam giay khai sinh cho con can giay to gi";

    @Test
    void a_thumbs_down_sends_the_question_to_staff_with_the_procedure_it_was_answered_with() {
        var chat = ConversationHarness.on(Channel.TELEGRAM, "7001")
                .send(QUESTION).expectIntent("procedure").expectFeedbackOffered(true)
                .send(Reply.FEEDBACK_DOWN).expect("Cảm ơn bạn đã góp ý!").expect("chuyển cho cán bộ");
        assertThat(chat.unanswered().recent()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(QUESTION);
            assertThat(q.reason()).isEqualTo(ReceivingFeedback.UNHELPFUL);
            assertThat(q.channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(q.bestGuessId()).isNotBlank();
        });
        // pressing the same button again files nothing more
        chat.send(Reply.FEEDBACK_DOWN);
        assertThat(chat.unanswered().recent()).hasSize(1);
    }

    @Test
    void a_thumbs_up_after_picking_a_section_files_nothing() {
        var chat = ConversationHarness.web().send(QUESTION).choose("Phí, lệ phí").expectFeedbackOffered(true)
                .send(Reply.FEEDBACK_UP).expect("Cảm ơn bạn đã góp ý!");
        assertThat(chat.text()).doesNotContain("cán bộ");
        assertThat(chat.unanswered().recent()).isEmpty();
    }

    @Test
    void a_section_picked_from_an_answer_is_rated_as_the_original_question() {
        var chat = ConversationHarness.web().send(QUESTION).choose("Phí, lệ phí").send(Reply.FEEDBACK_DOWN);
        assertThat(chat.unanswered().recent()).extracting(q -> q.text()).containsExactly(QUESTION);
    }

    @Test
    void small_talk_takes_no_feedback_and_a_late_thumbs_down_files_nothing() {
        var chat = ConversationHarness.web().send(QUESTION).send("xin chào").expectFeedbackOffered(false)
                .send(Reply.FEEDBACK_DOWN).expect("hỏi lại");
        assertThat(chat.unanswered().recent()).isEmpty();
    }
}
