package vn.motcua.adapters.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.redis.RedisServer;
import vn.motcua.adapters.redis.RedisWorkQueues;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.receiving.Inbox;

/**
 * An instance that stops leaves its inbox and outbox in Redis; a live instance adopts them once the
 * stopped one's heartbeat expires, answers and sends each entry once, in order per recipient, and two
 * adopters never both take one queue.
 */
class QueueAdoptionIT {
    @RegisterExtension
    static final RedisServer server = new RedisServer();
    static final Duration BEAT = Duration.ofMillis(50);
    static final Duration TIMEOUT = Duration.ofMillis(600);

    @TempDir
    Path dir;
    private final List<RedisWorkQueues> started = new ArrayList<>();

    @BeforeEach
    void empty() {
        server.flushAll();
    }

    @AfterEach
    void stop() {
        started.forEach(RedisWorkQueues::close);
    }

    /** One instance's queues; {@code start} makes it beat (and so adopt). */
    private final class Instance {
        final RedisWorkQueues queues;
        final Outbox outbox;
        final Inbox inbox;
        final RecordingTelegram sender = new RecordingTelegram();
        final DeliveringReplies delivering;

        Instance(String id, boolean start) {
            queues = new RedisWorkQueues(server.template(), "adopt:", id, BEAT, TIMEOUT);
            outbox = RedisChannelStoresIT.outbox(queues, dir.resolve(id + "-outbox.json"));
            inbox = RedisChannelStoresIT.inbox(queues, dir.resolve(id + "-inbox.json"));
            delivering = sender.delivering(outbox);
            if (start) {
                queues.start();
                started.add(queues);
            }
        }
    }

    @Test
    void a_stopped_instance_s_replies_and_messages_are_taken_over_once_and_in_order() throws Exception {
        Instance a = new Instance("a", true);
        a.delivering.send(Channel.TELEGRAM, "r1", List.of(Reply.text("r1-1"), Reply.text("r1-2"), Reply.text("r1-3")));
        a.delivering.send(Channel.TELEGRAM, "r2", List.of(Reply.text("r2-1"), Reply.text("r2-2")));
        a.inbox.keep(new Inbox.PendingMessage("telegram:9", new InboundMessage(Channel.TELEGRAM, "r3", "xin chào", null,
                Instant.now())));
        a.queues.close(); // never sends: it stopped (its heartbeat lapses)

        Instance b = new Instance("b", false);
        AtomicInteger adoptions = new AtomicInteger();
        b.queues.whenAdopted(adoptions::incrementAndGet);
        // written after a's, and still waiting when b adopts a's outbox (b sends nothing before that)
        b.delivering.send(Channel.TELEGRAM, "r1", List.of(Reply.text("r1-4")));
        b.queues.start();
        started.add(b.queues);

        await(() -> adoptions.get() == 1);
        Instant deadline = Instant.now().plusSeconds(15);
        while (b.sender.texts().size() < 6) {
            assertThat(Instant.now()).as("all six replies sent before the deadline").isBefore(deadline);
            b.delivering.deliverDue();
            Thread.sleep(20);
        }
        for (int i = 0; i < 10; i++) {
            b.delivering.deliverDue(); // nothing more may go out
        }
        assertThat(b.sender.to("r1")).containsExactly("r1-1", "r1-2", "r1-3", "r1-4");
        assertThat(b.sender.to("r2")).containsExactly("r2-1", "r2-2");
        assertThat(b.sender.texts()).hasSize(6);
        assertThat(b.outbox.all()).isEmpty();
        assertThat(b.inbox.pending()).extracting(Inbox.PendingMessage::deliveryId).containsExactly("telegram:9");
        assertThat(adoptions).hasValue(1);
        assertThat(a.outbox.all()).as("nothing left under the stopped instance").isEmpty();
    }

    @Test
    void an_instance_that_keeps_beating_keeps_its_queue() throws Exception {
        Instance a = new Instance("a", true);
        a.delivering.send(Channel.TELEGRAM, "r1", List.of(Reply.text("mine")));
        Instance b = new Instance("b", true);
        Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
        b.delivering.deliverDue();
        assertThat(b.sender.texts()).isEmpty();
        assertThat(a.outbox.all()).extracting(r -> r.reply().text()).containsExactly("mine");
    }

    @Test
    void two_adopters_never_both_take_a_queue() {
        Set<String> written = new HashSet<>();
        for (int n = 0; n < 6; n++) {
            Instance stopped = new Instance("stopped-" + n, true);
            for (int i = 0; i < 30; i++) {
                String text = "s" + n + "-" + i;
                stopped.delivering.send(Channel.TELEGRAM, "r" + i, List.of(Reply.text(text)));
                written.add(text);
            }
            stopped.queues.close();
        }
        Instance b = new Instance("b", true);
        Instance c = new Instance("c", true);

        await(() -> b.outbox.all().size() + c.outbox.all().size() == written.size());
        List<String> atB = b.outbox.all().stream().map(r -> r.reply().text()).toList();
        List<String> atC = c.outbox.all().stream().map(r -> r.reply().text()).toList();
        assertThat(Collections.disjoint(atB, atC)).as("no entry at both adopters").isTrue();
        List<String> both = new ArrayList<>(atB);
        both.addAll(atC);
        assertThat(both).containsExactlyInAnyOrderElementsOf(written);
        for (int n = 0; n < 6; n++) {
            String prefix = "s" + n + "-";
            assertThat(atB.stream().anyMatch(t -> t.startsWith(prefix)) && atC.stream().anyMatch(t -> t.startsWith(prefix)))
                    .as("a queue is adopted whole, by one instance").isFalse();
        }
    }

    /** Polls until {@code condition} holds; fails after 15 s. */
    static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met before the deadline").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
