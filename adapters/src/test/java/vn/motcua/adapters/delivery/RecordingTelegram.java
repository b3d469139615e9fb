package vn.motcua.adapters.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.motcua.bot.delivery.ChannelSender;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.delivery.Outbox;
import vn.motcua.bot.delivery.Pace;
import vn.motcua.bot.delivery.SendResult;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.InMemoryOfferedOptions;

/** A Telegram that takes everything at once and remembers what, in the order sent. */
final class RecordingTelegram implements ChannelSender {
    private final List<String[]> sent = Collections.synchronizedList(new ArrayList<>());

    /** Replies delivered through this Telegram from {@code outbox}, one at a time (the test drives the passes). */
    DeliveringReplies delivering(Outbox outbox) {
        return new DeliveringReplies(outbox, List.of(this), new InMemoryOfferedOptions(Duration.ofHours(1),
                Clock.systemUTC()), Clock.systemUTC());
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Pace pace() {
        return new Pace(1000, Duration.ZERO);
    }

    @Override
    public SendResult send(String recipient, Reply reply) {
        sent.add(new String[] {recipient, reply.text()});
        return SendResult.SENT;
    }

    List<String> texts() {
        synchronized (sent) {
            return sent.stream().map(s -> s[1]).toList();
        }
    }

    List<String> to(String recipient) {
        synchronized (sent) {
            return sent.stream().filter(s -> s[0].equals(recipient)).map(s -> s[1]).toList();
        }
    }
}
