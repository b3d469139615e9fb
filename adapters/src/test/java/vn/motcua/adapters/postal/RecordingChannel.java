package vn.motcua.adapters.postal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;

/** An outbound channel that keeps what it was asked to send, so a test can read what the citizen got. */
class RecordingChannel implements OutboundChannel {
    record Sent(String recipient, String text) {
    }

    private final Channel channel;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    RecordingChannel(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(String recipient, List<Reply> replies) {
        replies.forEach(r -> sent.add(new Sent(recipient, r.text())));
    }

    List<String> textsTo(String recipient) {
        return sent.stream().filter(s -> s.recipient().equals(recipient)).map(Sent::text).toList();
    }
}
