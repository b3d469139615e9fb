package vn.motcua.bot.inbox;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.bot.answering.UnansweredQuestions;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.message.Channel;

/**
 * Use case: a citizen says whether an answer helped (👍/👎). An unhelpful answer sends its question
 * to the unanswered inbox, where staff fix it like any other. Every channel that can show two
 * buttons calls this.
 */
public class ReceivingFeedback {
    public static final String UNHELPFUL = "unhelpful";

    private final UnansweredQuestions unanswered;
    private final Clock clock;
    private final AtomicLong helpful = new AtomicLong();
    private final AtomicLong unhelpful = new AtomicLong();

    public ReceivingFeedback(UnansweredQuestions unanswered, Clock clock) {
        this.unanswered = unanswered;
        this.clock = clock;
    }

    /** {@code procedureId} is the procedure the answer was about, when there was one. */
    public void receive(Channel channel, String question, String procedureId, boolean wasHelpful) {
        if (wasHelpful) {
            helpful.incrementAndGet();
            return;
        }
        unhelpful.incrementAndGet();
        unanswered.record(new UnansweredQuestion(question, channel, UNHELPFUL, procedureId, clock.instant()));
    }

    /** Counts since start-up, for the console's front page. */
    public long helpfulCount() {
        return helpful.get();
    }

    public long unhelpfulCount() {
        return unhelpful.get();
    }
}
