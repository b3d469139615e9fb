package vn.motcua.bot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.message.Reply;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;

/** A reply written once per procedure and section is the reply written afresh, and an edit is seen. */
class WrittenRepliesTest {
    private final AnsweringQuestion answering = new AnsweringQuestion(new AnswerWriter(),
            new ShopContact("Bộ phận một cửa", "1900 0000", "-"), new InMemoryUnansweredQuestions(10));

    @Test
    void every_kept_reply_is_the_reply_written_afresh() {
        List<Procedure> procedures = ConversationHarness.knowledge().all();
        for (int round = 0; round < 2; round++) {
            for (Procedure p : procedures) {
                for (ProcedureSection s : ProcedureSection.values()) {
                    Reply kept = answering.answerFor(p, s, List.of()).replies().get(0);
                    assertThat(kept).isEqualTo(answering.reply(p, s));
                }
            }
        }
        assertThat(answering.answerFor(procedures.get(0), null, List.of()).replies().get(0))
                .isEqualTo(answering.reply(procedures.get(0), ProcedureSection.GENERAL));
    }

    @Test
    void an_edited_procedure_is_answered_from_its_new_record() {
        Procedure p = ConversationHarness.knowledge().all().get(0);
        assertThat(answering.answerFor(p, ProcedureSection.FEES, List.of()).text()).contains(p.fee());

        Procedure edited = new Procedure(p.id(), p.nationalCode(), p.name(), p.field(), p.levels(), p.agencies(),
                p.applicants(), p.submitAt(), p.channels(), p.online(), p.documents(), p.steps(), p.timeLimit(),
                "Lệ phí mới: 12.345 đồng", p.feeExemptions(), p.requirements(), p.result(), p.legalBasis(),
                p.related(), p.aliases(), p.examples(), p.source(), p.lastReviewed(), p.caveats(),
                p.versionOrZero() + 1);
        assertThat(answering.answerFor(edited, ProcedureSection.FEES, List.of()).text())
                .contains("Lệ phí mới: 12.345 đồng")
                .isEqualTo(answering.reply(edited, ProcedureSection.FEES).text());
        // an equal record that is not the same one is written for itself, not taken for the first
        Procedure copy = p.withVersion(p.versionOrZero());
        assertThat(answering.answerFor(copy, ProcedureSection.FEES, List.of()).text()).contains(p.fee());
    }
}
