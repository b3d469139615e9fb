package vn.motcua.bot.answering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.search.SearchHit;

/**
 * Use case: answer a procedure question. A confident match answers the section asked; a close call
 * offers the top choices; no good match says so and points to the one-stop shop.
 */
public class AnsweringQuestion {
    /** Option values look like this so that picking one answers without a new search. */
    public static final String PICK_PREFIX = "tt:";
    private static final int CHOICES = 3;

    private final AnswerWriter writer;
    private final UnansweredQuestions unanswered;
    private final WrittenReplies replies = new WrittenReplies(this::reply);
    /** "I don't know" depends on the shop alone: written once. */
    private final List<Reply> dontKnow;

    public AnsweringQuestion(AnswerWriter writer, ShopContact shop, UnansweredQuestions unanswered) {
        this.writer = writer;
        this.unanswered = unanswered;
        this.dontKnow = List.of(Reply.text("Xin lỗi, tôi chưa tìm thấy thông tin phù hợp với câu hỏi của bạn. "
                + "Tôi có thể giải đáp về thủ tục hành chính (giấy tờ, lệ phí, thời hạn, nơi nộp), "
                + "tra cứu tình trạng hồ sơ và đặt dịch vụ bưu chính công ích. "
                + "Bạn hãy hỏi ngắn gọn, nêu tên thủ tục, ví dụ: \"đăng ký khai sinh cần giấy tờ gì\".\n"
                + "Cần hỗ trợ trực tiếp, vui lòng liên hệ " + shop.name() + ", đường dây nóng " + shop.hotline() + "."));
    }

    public Answer answer(String question, Understanding u, Channel channel) {
        return switch (u.confidence()) {
            case HIGH -> answerFor(u.procedures().get(0).procedure(), u.section(), u.procedures());
            case AMBIGUOUS -> choices(question, u, channel);
            case NONE -> dontKnow(question, u, channel);
        };
    }

    /** The answer for a procedure the citizen picked (or a confident match), with section options; it takes feedback. */
    public Answer answerFor(Procedure p, ProcedureSection section, List<SearchHit> ranked) {
        ProcedureSection s = section == null ? ProcedureSection.GENERAL : section;
        return new Answer(Intent.PROCEDURE, ranked, s, List.of(replies.of(p, s)));
    }

    /** What {@link #answerFor} replies, a function of the procedure and the section alone. */
    Reply reply(Procedure p, ProcedureSection s) {
        return new Reply(writer.write(p, s), sectionOptions(p, s), links(p), true);
    }

    private Answer choices(String question, Understanding u, Channel channel) {
        unanswered.record(new UnansweredQuestion(question, channel, "low_confidence",
                u.procedures().get(0).procedure().publicId(), Instant.now()));
        List<Option> options = new ArrayList<>();
        String section = u.section() == null ? ProcedureSection.GENERAL.key() : u.section().key();
        for (SearchHit hit : u.procedures().subList(0, Math.min(CHOICES, u.procedures().size()))) {
            options.add(new Option(hit.procedure().name(), PICK_PREFIX + hit.procedure().publicId() + ":" + section));
        }
        Reply reply = Reply.withOptions("Bạn muốn hỏi về thủ tục nào dưới đây?", options);
        return new Answer(Intent.PROCEDURE, u.procedures(), u.section(), List.of(reply));
    }

    private Answer dontKnow(String question, Understanding u, Channel channel) {
        unanswered.record(new UnansweredQuestion(question, channel, "out_of_scope",
                u.procedures().isEmpty() ? null : u.procedures().get(0).procedure().publicId(), Instant.now()));
        return new Answer(Intent.OUT_OF_SCOPE, List.of(), null, dontKnow);
    }

    private static List<Option> sectionOptions(Procedure p, ProcedureSection current) {
        List<Option> options = new ArrayList<>();
        // after the overview every section is offered; after one section, the others and the overview
        for (ProcedureSection s : ProcedureSection.values()) {
            if (s != current) {
                options.add(new Option(s.title(), PICK_PREFIX + p.publicId() + ":" + s.key()));
            }
        }
        return options;
    }

    private static List<Reply.Link> links(Procedure p) {
        if (p.source() == null || p.source().url() == null || p.source().url().isBlank()) {
            return List.of();
        }
        return List.of(new Reply.Link("Xem thủ tục trên Cổng Dịch vụ công", p.source().url()));
    }
}
