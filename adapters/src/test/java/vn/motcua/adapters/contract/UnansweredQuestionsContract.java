package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.answering.UnansweredQuestions;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.message.Channel;

/** What every {@link UnansweredQuestions} log must do: keep the newest questions, up to its capacity. */
public abstract class UnansweredQuestionsContract {

    /** A fresh, empty log keeping at most {@code capacity} questions. */
    protected abstract UnansweredQuestions log(int capacity);

    /** The questions the log holds, newest first. */
    protected abstract List<UnansweredQuestion> recent(UnansweredQuestions log);

    @Test
    void keeps_every_field_newest_first() {
        UnansweredQuestions log = log(10);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UnansweredQuestion first = new UnansweredQuestion("cách nấu phở bò", Channel.WEB, "out_of_scope", null, at);
        UnansweredQuestion second = new UnansweredQuestion("xin giấy phép nuôi chim", Channel.ZALO,
                "low_confidence", "ho-tich.khai-sinh", at.plusSeconds(1));
        log.record(first);
        log.record(second);
        assertThat(recent(log)).containsExactly(second, first);
    }

    @Test
    void drops_the_oldest_beyond_its_capacity() {
        UnansweredQuestions log = log(3);
        for (int i = 1; i <= 5; i++) {
            log.record(new UnansweredQuestion("câu hỏi " + i, Channel.SMS, "out_of_scope", null, Instant.now()));
        }
        assertThat(recent(log)).extracting(UnansweredQuestion::text)
                .containsExactly("câu hỏi 5", "câu hỏi 4", "câu hỏi 3");
    }
}
