package vn.motcua.bot.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.delivery.ListOutbox;
import vn.motcua.bot.delivery.MutableClock;
import vn.motcua.bot.delivery.RecordingSender;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;

/** A chat channel's message path, as a conversation: send this on SMS, expect that back on SMS. */
class ReceivingMessageTest {
    private static final String PHONE = "+84901234567";

    private final MutableClock clock = new MutableClock();
    private final RecordingSender sms = new RecordingSender(Channel.SMS);
    private final MapInbox inbox = new MapInbox();
    private final List<Runnable> laterTasks = new ArrayList<>();
    private final InMemoryOfferedOptions offered = new InMemoryOfferedOptions(Duration.ofHours(1), clock);
    private final DeliveringReplies delivering = new DeliveringReplies(new ListOutbox(), List.of(sms), offered, clock);
    private final Set<String> seen = new HashSet<>();
    private final Redeliveries redeliveries = new Redeliveries() {
        @Override
        public boolean firstDelivery(String deliveryId) {
            return seen.add(deliveryId);
        }

        @Override
        public void forget(String deliveryId) {
            seen.remove(deliveryId);
        }
    };

    private ReceivingMessage receiving(AnsweringLanes lanes, FloodGuard guard) {
        return new ReceivingMessage(ConversationHarness.web().assistant(), redeliveries, inbox, guard, offered,
                delivering, lanes, clock);
    }

    private ReceivingMessage receiving() {
        return receiving(AnsweringLanes.inline(), new InMemoryFloodGuard());
    }

    private List<String> delivered() {
        delivering.deliverDue();
        return sms.texts();
    }

    @Test
    void a_question_is_answered_on_its_channel() {
        receiving().receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "le phi dang ky ket hon"));
        String expected = ConversationHarness.web().send("le phi dang ky ket hon").text();
        assertThat(delivered()).containsExactly(expected);
        assertThat(sms.sent.get(0).recipient()).isEqualTo(PHONE);
    }

    @Test
    void a_redelivery_is_answered_once() {
        ReceivingMessage r = receiving();
        assertThat(r.receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "xin chào")))
                .isEqualTo(ReceivingMessage.Receipt.ACCEPTED);
        assertThat(r.receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "xin chào")))
                .isEqualTo(ReceivingMessage.Receipt.DUPLICATE);
        assertThat(delivered()).hasSize(1);
    }

    @Test
    void a_number_picks_the_option_offered_before() {
        ReceivingMessage r = receiving();
        r.receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "xin chào"));
        delivered();
        Reply.Option second = sms.sent.get(0).reply().options().get(1);
        r.receive("SM2", InboundMessage.text(Channel.SMS, PHONE, "2"));
        String expected = ConversationHarness.web().send("xin chào").send(second.value()).text();
        assertThat(delivered().get(1)).isEqualTo(expected);
    }

    @Test
    void a_flooding_sender_is_told_once_to_slow_down_and_others_are_unaffected() {
        ReceivingMessage r = receiving();
        for (int i = 0; i < 20; i++) {
            r.receive("F" + i, InboundMessage.text(Channel.SMS, PHONE, "xin chào"));
        }
        r.receive("other", InboundMessage.text(Channel.SMS, "+84909999999", "xin chào"));
        List<String> texts = delivered();
        assertThat(texts).filteredOn(t -> t.equals(ReceivingMessage.SLOW_DOWN)).hasSize(1);
        assertThat(texts).hasSize(ReceivingMessage.PER_SENDER.burst() + 2);
        assertThat(sms.sent.get(sms.sent.size() - 1).recipient()).isEqualTo("+84909999999");
    }

    @Test
    void flood_guard_off_answers_everything() {
        ReceivingMessage r = receiving(AnsweringLanes.inline(), FloodGuard.off());
        for (int i = 0; i < 20; i++) {
            r.receive("F" + i, InboundMessage.text(Channel.SMS, PHONE, "xin chào"));
        }
        assertThat(delivered()).hasSize(20).doesNotContain(ReceivingMessage.SLOW_DOWN);
    }

    @Test
    void a_message_kept_but_not_answered_before_a_stop_is_answered_at_start() {
        receiving((sender, task) -> laterTasks.add(task), new InMemoryFloodGuard())
                .receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "xin chào"));
        assertThat(inbox.pending()).hasSize(1);
        // the process stops here: the task never runs. A new one starts with the same inbox:
        assertThat(receiving().answerPending()).isEqualTo(1);
        assertThat(delivered()).singleElement().asString().contains("Xin chào");
        assertThat(inbox.pending()).isEmpty();
    }

    @Test
    void a_message_taken_while_pending_ones_are_resumed_is_answered_once() {
        ReceivingMessage r = receiving((sender, task) -> laterTasks.add(task), new InMemoryFloodGuard());
        r.receive("SM1", InboundMessage.text(Channel.SMS, PHONE, "xin chào"));
        assertThat(r.answerPending()).as("already waiting in its lane").isZero();
        laterTasks.forEach(Runnable::run);
        assertThat(delivered()).hasSize(1);
    }

    @Test
    void a_sticker_gets_a_polite_text_only_answer_once_and_a_sticker_flood_is_a_flood() {
        ReceivingMessage r = receiving();
        r.receiveUnreadable("Z1", Channel.SMS, PHONE);
        r.receiveUnreadable("Z1", Channel.SMS, PHONE);
        assertThat(delivered()).containsExactly(ReceivingMessage.UNREADABLE);
        for (int i = 2; i < 20; i++) {
            r.receiveUnreadable("Z" + i, Channel.SMS, PHONE);
        }
        assertThat(delivered()).hasSize(ReceivingMessage.PER_SENDER.burst() + 1).contains(ReceivingMessage.SLOW_DOWN);
    }

    @Test
    void tro_giup_and_huy_are_keywords() {
        ReceivingMessage r = receiving();
        r.receive("1", InboundMessage.text(Channel.SMS, PHONE, "TRO GIUP"));
        r.receive("2", InboundMessage.text(Channel.SMS, PHONE, "HUY"));
        assertThat(delivered()).satisfiesExactly(
                help -> assertThat(help).contains("Tôi có thể"),
                cancel -> assertThat(cancel).contains("không có thao tác nào cần hủy"));
    }

    @Test
    void a_message_that_could_not_be_kept_is_taken_when_the_platform_retries() {
        MapInbox full = new MapInbox() {
            @Override
            public synchronized void keep(PendingMessage message) {
                throw new IllegalStateException("disk full");
            }
        };
        ReceivingMessage failing = new ReceivingMessage(ConversationHarness.web().assistant(), redeliveries, full,
                new InMemoryFloodGuard(), offered, delivering, AnsweringLanes.inline(), clock);
        InboundMessage hello = InboundMessage.text(Channel.SMS, PHONE, "xin chào");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.receive("SM1", hello))
                .isInstanceOf(IllegalStateException.class);
        assertThat(receiving().receive("SM1", hello)).isEqualTo(ReceivingMessage.Receipt.ACCEPTED);
        assertThat(delivered()).hasSize(1);
    }

    /** An inbox in a map, for tests. */
    static class MapInbox implements Inbox {
        private final Map<String, PendingMessage> pending = new LinkedHashMap<>();

        @Override
        public synchronized void keep(PendingMessage message) {
            pending.put(message.deliveryId(), message);
        }

        @Override
        public synchronized void answered(String deliveryId) {
            pending.remove(deliveryId);
        }

        @Override
        public synchronized List<PendingMessage> pending() {
            return List.copyOf(pending.values());
        }
    }
}
