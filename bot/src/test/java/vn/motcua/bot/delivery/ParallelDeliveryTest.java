package vn.motcua.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;

/** Replies to different recipients go out together; each recipient's replies keep their order. */
class ParallelDeliveryTest {
    private static final int RECIPIENTS = 8;

    private final MutableClock clock = new MutableClock();
    private final ListOutbox outbox = new ListOutbox();

    /** Each send waits until all recipients' first sends are in flight at once: only parallel sending gets past. */
    static final class RendezvousSender implements ChannelSender {
        final CountDownLatch inFlight = new CountDownLatch(RECIPIENTS);
        final Map<String, List<String>> received = new ConcurrentHashMap<>();

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public Pace pace() {
            return new Pace(100, Duration.ZERO);
        }

        @Override
        public SendResult send(String recipient, Reply reply) {
            inFlight.countDown();
            try {
                if (!inFlight.await(5, TimeUnit.SECONDS)) {
                    return new SendResult.RetryLater(Duration.ofSeconds(1), "sends did not overlap");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult.RetryLater(Duration.ofSeconds(1), "interrupted");
            }
            received.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>()).add(reply.text());
            return new SendResult.Sent();
        }
    }

    @Test
    void sends_to_different_recipients_overlap_and_each_keeps_its_order() {
        RendezvousSender sms = new RendezvousSender();
        DeliveringReplies d = new DeliveringReplies(outbox, List.of(sms),
                new InMemoryOfferedOptions(Duration.ofHours(1), clock), clock, RECIPIENTS);
        for (int i = 0; i < RECIPIENTS; i++) {
            d.send(Channel.SMS, "+8490000000" + i, List.of(Reply.text("một"), Reply.text("hai")));
        }

        Duration next = d.deliverDue();
        assertThat(next).as("more is due at once").isZero();
        d.deliverDue();

        assertThat(sms.received).hasSize(RECIPIENTS);
        sms.received.values().forEach(texts -> assertThat(texts).containsExactly("một", "hai"));
        assertThat(outbox.all()).isEmpty();
    }
}
