package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.answering.UnansweredQuestions.UnansweredQuestion;
import vn.motcua.bot.inbox.InboxQuestion;
import vn.motcua.bot.inbox.Resolution;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.message.Channel;

/** What every unanswered inbox must do: keep the newest questions up to its capacity, and resolve them. */
public abstract class UnansweredInboxContract {
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A fresh, empty inbox keeping at most {@code capacity} questions. */
    protected abstract UnansweredInbox inbox(int capacity);

    @Test
    void keeps_every_field_newest_first() {
        UnansweredInbox inbox = inbox(10);
        inbox.record(new UnansweredQuestion("cách nấu phở bò", Channel.WEB, "out_of_scope", null, at));
        inbox.record(new UnansweredQuestion("xin giấy phép nuôi chim", Channel.ZALO, "low_confidence",
                "ho-tich.khai-sinh", at.plusSeconds(1)));
        assertThat(inbox.all()).extracting(InboxQuestion::text)
                .containsExactly("xin giấy phép nuôi chim", "cách nấu phở bò");
        InboxQuestion newest = inbox.all().get(0);
        assertThat(newest.channel()).isEqualTo(Channel.ZALO);
        assertThat(newest.reason()).isEqualTo("low_confidence");
        assertThat(newest.bestGuessId()).isEqualTo("ho-tich.khai-sinh");
        assertThat(newest.at()).isEqualTo(at.plusSeconds(1));
        assertThat(newest.open()).isTrue();
        assertThat(inbox.find(newest.id())).contains(newest);
    }

    @Test
    void drops_the_oldest_beyond_its_capacity() {
        UnansweredInbox inbox = inbox(3);
        for (int i = 1; i <= 5; i++) {
            inbox.record(new UnansweredQuestion("câu hỏi " + i, Channel.SMS, "out_of_scope", null, at));
        }
        assertThat(inbox.all()).extracting(InboxQuestion::text).containsExactly("câu hỏi 5", "câu hỏi 4", "câu hỏi 3");
    }

    @Test
    void a_resolved_question_stays_with_its_resolution_and_leaves_the_open_list() {
        UnansweredInbox inbox = inbox(10);
        inbox.record(new UnansweredQuestion("làm sổ đỏ", Channel.WEB, "out_of_scope", null, at));
        inbox.record(new UnansweredQuestion("quảng cáo", Channel.WEB, "out_of_scope", null, at));
        String id = inbox.all().get(1).id();
        Resolution resolution = new Resolution(Resolution.Kind.EXAMPLE, "dat-dai.cap-so", "làm sổ đỏ", "admin", at);

        assertThat(inbox.resolve(id, resolution)).isTrue();
        assertThat(inbox.find(id).orElseThrow().resolution()).isEqualTo(resolution);
        assertThat(inbox.open()).extracting(InboxQuestion::text).containsExactly("quảng cáo");
        assertThat(inbox.resolve("no-such-id", resolution)).isFalse();
    }
}
