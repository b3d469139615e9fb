package vn.motcua.bot.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** A channel that records what it was given and answers with scripted results (then {@code SENT}). */
public class RecordingSender implements ChannelSender {
    public record Sent(String recipient, Reply reply) {
    }

    private final Channel channel;
    private final Pace pace;
    private final Deque<SendResult> script = new ArrayDeque<>();
    public final List<Sent> sent = new ArrayList<>();
    public int attempts;

    public RecordingSender(Channel channel, Pace pace) {
        this.channel = channel;
        this.pace = pace;
    }

    public RecordingSender(Channel channel) {
        this(channel, new Pace(1000, Duration.ZERO));
    }

    public RecordingSender then(SendResult result) {
        script.add(result);
        return this;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Pace pace() {
        return pace;
    }

    @Override
    public synchronized SendResult send(String recipient, Reply reply) {
        attempts++;
        SendResult result = script.isEmpty() ? SendResult.SENT : script.poll();
        if (result instanceof SendResult.Sent) {
            sent.add(new Sent(recipient, reply));
        }
        return result;
    }

    public synchronized List<String> texts() {
        return sent.stream().map(s -> s.reply().text()).toList();
    }
}
