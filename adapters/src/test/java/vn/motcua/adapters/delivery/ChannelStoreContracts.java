package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.delivery.Outbox.OutgoingReply;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.receiving.Inbox;
import vn.motcua.bot.receiving.Redeliveries;

/**
 * What every implementation of the chat-channel store ports must do, file-backed or Redis: extend the
 * nested contract and say how to open the store and how to open it again as a restarted process would.
 */
public final class ChannelStoreContracts {

    private ChannelStoreContracts() {
    }

    public abstract static class RedeliveriesContract {
        protected abstract Redeliveries open();

        /** The same store as a new process sees it. */
        protected abstract Redeliveries reopen();

        @Test
        void an_id_is_new_once_even_after_a_restart() {
            Redeliveries seen = open();
            assertThat(seen.firstDelivery("telegram:1")).isTrue();
            assertThat(seen.firstDelivery("telegram:1")).isFalse();
            assertThat(seen.firstDelivery("telegram:2")).isTrue();
            assertThat(reopen().firstDelivery("telegram:1")).isFalse();
        }

        @Test
        void a_forgotten_id_is_new_again() {
            Redeliveries seen = open();
            seen.firstDelivery("zalo:m1");
            seen.forget("zalo:m1");
            assertThat(seen.firstDelivery("zalo:m1")).isTrue();
        }
    }

    public abstract static class InboxContract {
        protected abstract Inbox open();

        protected abstract Inbox reopen();

        @Test
        void keeps_messages_in_order_until_answered_across_a_restart() {
            Inbox inbox = open();
            inbox.keep(new Inbox.PendingMessage("sms:1", new InboundMessage(Channel.SMS, "+8490", "xin chào", null, Instant.EPOCH)));
            inbox.keep(new Inbox.PendingMessage("sms:2", new InboundMessage(Channel.SMS, "+8491", "2", "tt:a:fees", Instant.EPOCH)));
            inbox.answered("sms:1");
            List<Inbox.PendingMessage> pending = reopen().pending();
            assertThat(pending).extracting(Inbox.PendingMessage::deliveryId).containsExactly("sms:2");
            assertThat(pending.get(0).message().chosenOption()).isEqualTo("tt:a:fees");
            assertThat(pending.get(0).message().text()).isEqualTo("2");
        }

        @Test
        void hands_back_many_messages_oldest_first() {
            Inbox inbox = open();
            List<String> ids = IntStream.range(0, 200).mapToObj(i -> "telegram:" + (1000 - i)).toList();
            for (String id : ids) {
                inbox.keep(new Inbox.PendingMessage(id, new InboundMessage(Channel.TELEGRAM, "7", id, null, Instant.EPOCH)));
            }
            assertThat(reopen().pending()).extracting(Inbox.PendingMessage::deliveryId).containsExactlyElementsOf(ids);
        }
    }

    public abstract static class OutboxContract {
        protected abstract Outbox open();

        protected abstract Outbox reopen();

        private static OutgoingReply reply(String id, long sequence, int attempts) {
            Reply reply = new Reply("Lệ phí: 0 đồng", List.of(new Reply.Option("Thời hạn", "tt:a:time")),
                    List.of(new Reply.Link("Cổng DVC", "https://dichvucong.gov.vn")));
            return new OutgoingReply(id, sequence, Channel.TELEGRAM, "42", reply, attempts, Instant.EPOCH, Instant.EPOCH);
        }

        @Test
        void keeps_replies_with_their_options_and_links_across_a_restart() {
            Outbox outbox = open();
            outbox.add(reply("a", 1, 0));
            outbox.add(reply("b", 2, 0));
            outbox.update(reply("a", 1, 3));
            outbox.remove("b");
            assertThat(reopen().all()).containsExactly(reply("a", 1, 3));
        }

        @Test
        void an_update_keeps_the_reply_in_its_place() {
            Outbox outbox = open();
            outbox.add(reply("a", 1, 0));
            outbox.add(reply("b", 2, 0));
            outbox.add(reply("c", 3, 0));
            outbox.update(reply("a", 1, 1));
            assertThat(reopen().all()).extracting(OutgoingReply::id).containsExactly("a", "b", "c");
        }
    }
}
