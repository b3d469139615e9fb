package vn.motcua.bot.answering;

import java.time.Instant;
import vn.motcua.bot.message.Channel;

/** Where questions the assistant could not answer well go, so that staff can fix the knowledge base. */
public interface UnansweredQuestions {

    void record(UnansweredQuestion question);

    /** A question answered out of scope or with low confidence. */
    record UnansweredQuestion(String text, Channel channel, String reason, String bestGuessId, Instant at) {
    }
}
