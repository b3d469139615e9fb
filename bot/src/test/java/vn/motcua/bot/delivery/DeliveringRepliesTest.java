package vn.motcua.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;

class DeliveringRepliesTest {
    private final MutableClock clock = new MutableClock();
    private final ListOutbox outbox = new ListOutbox();
    private final InMemoryOfferedOptions offered = new InMemoryOfferedOptions(Duration.ofHours(1), clock);

    private DeliveringReplies delivering(ChannelSender sender) {
        return new DeliveringReplies(outbox, List.of(sender), offered, clock);
    }

    @Test
    void sends_in_order_and_empties_the_outbox() {
        RecordingSender telegram = new RecordingSender(Channel.TELEGRAM);
        DeliveringReplies d = delivering(telegram);
        d.send(Channel.TELEGRAM, "42", List.of(Reply.text("một"), Reply.text("hai")));
        d.deliverDue();
        assertThat(telegram.texts()).containsExactly("một", "hai");
        assertThat(outbox.all()).isEmpty();
    }

    @Test
    void honours_retry_after_and_keeps_later_replies_behind_the_refused_one() {
        RecordingSender telegram = new RecordingSender(Channel.TELEGRAM)
                .then(new SendResult.RetryLater(Duration.ofSeconds(7), "429"));
        DeliveringReplies d = delivering(telegram);
        d.send(Channel.TELEGRAM, "42", List.of(Reply.text("một"), Reply.text("hai")));
        d.send(Channel.TELEGRAM, "43", List.of(Reply.text("khác")));

        Duration next = d.deliverDue();
        assertThat(telegram.texts()).containsExactly("khác");
        assertThat(next).isLessThanOrEqualTo(Duration.ofSeconds(7));

        clock.advance(Duration.ofSeconds(6));
        d.deliverDue();
        assertThat(telegram.texts()).as("not before retry_after").containsExactly("khác");

        clock.advance(Duration.ofSeconds(1));
        d.deliverDue();
        assertThat(telegram.texts()).containsExactly("khác", "một", "hai");
    }

    @Test
    void backs_off_exponentially_and_drops_undeliverable_replies() {
        assertThat(DeliveringReplies.backoff(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(DeliveringReplies.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DeliveringReplies.backoff(30)).isEqualTo(Duration.ofMinutes(5));

        RecordingSender zalo = new RecordingSender(Channel.ZALO).then(new SendResult.Undeliverable("outside window"));
        DeliveringReplies d = delivering(zalo);
        d.send(Channel.ZALO, "u1", List.of(Reply.text("chào")));
        d.deliverDue();
        assertThat(outbox.all()).isEmpty();
        assertThat(zalo.sent).isEmpty();
    }

    @Test
    void gives_up_on_a_reply_still_refused_a_day_later() {
        RecordingSender sms = new RecordingSender(Channel.SMS)
                .then(new SendResult.RetryLater(Duration.ZERO, "503"))
                .then(new SendResult.RetryLater(Duration.ZERO, "503"));
        DeliveringReplies d = delivering(sms);
        d.send(Channel.SMS, "+84900000001", List.of(Reply.text("trả lời")));
        d.deliverDue();
        assertThat(outbox.all()).hasSize(1);
        clock.advance(Duration.ofHours(25));
        d.deliverDue();
        assertThat(outbox.all()).isEmpty();
        assertThat(sms.attempts).isEqualTo(2);
    }

    @Test
    void paces_messages_to_one_chat() {
        RecordingSender telegram = new RecordingSender(Channel.TELEGRAM, new Pace(30, Duration.ofSeconds(1)));
        DeliveringReplies d = delivering(telegram);
        d.send(Channel.TELEGRAM, "42", List.of(Reply.text("một"), Reply.text("hai")));
        Duration next = d.deliverDue();
        assertThat(telegram.texts()).containsExactly("một");
        assertThat(next).isEqualTo(Duration.ofSeconds(1));
        clock.advance(next);
        d.deliverDue();
        assertThat(telegram.texts()).containsExactly("một", "hai");
    }

    @Test
    void remembers_the_options_offered_so_a_number_can_pick_them() {
        DeliveringReplies d = delivering(new RecordingSender(Channel.SMS));
        d.send(Channel.SMS, "+84900000001", List.of(Reply.withOptions("Chọn", List.of(
                new Reply.Option("Phí", "tt:a:fees"), new Reply.Option("Thời hạn", "tt:a:time")))));
        assertThat(offered.numbered(new ConversationKey(Channel.SMS, "+84900000001"), 2))
                .map(Reply.Option::value).contains("tt:a:time");
    }

    @Test
    void a_channel_that_is_off_sends_nothing() {
        DeliveringReplies d = delivering(new RecordingSender(Channel.SMS));
        d.outboundChannel(Channel.ZALO).send("u1", List.of(Reply.text("x")));
        assertThat(outbox.all()).isEmpty();
    }

    @Test
    void a_reply_split_by_its_channel_goes_in_order_and_a_retry_resends_only_the_part_that_failed() {
        RecordingSender zalo = new RecordingSender(Channel.ZALO) {
            @Override
            public List<Reply> parts(Reply reply) {
                return vn.motcua.bot.rendering.ReplyParts.split(reply, 10, 0);
            }
        }.then(SendResult.SENT).then(new SendResult.RetryLater(Duration.ofSeconds(2), "503"));
        DeliveringReplies d = delivering(zalo);
        d.send(Channel.ZALO, "u1", List.of(Reply.text("một hai. ba bốn. năm sáu.")));

        d.deliverDue();
        assertThat(zalo.texts()).containsExactly("một hai.");
        clock.advance(Duration.ofSeconds(2));
        d.deliverDue();
        assertThat(zalo.texts()).containsExactly("một hai.", "ba bốn.", "năm sáu.");
        assertThat(zalo.attempts).isEqualTo(4);
        assertThat(outbox.all()).isEmpty();
    }
}
