package vn.motcua.bot.dossier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;

/**
 * Tells the followers of a dossier that its status changed, each once, on the channel they followed it
 * on. Deciding who is told is atomic and happens before sending; sending runs on {@code sending} so a
 * slow channel never holds up the system that reported the change.
 */
public class NotifyingSubscribers {
    private static final Logger log = LoggerFactory.getLogger(NotifyingSubscribers.class);

    private final Subscriptions subscriptions;
    private final Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);
    private final Executor sending;

    public NotifyingSubscribers(Subscriptions subscriptions, List<OutboundChannel> outbound, Executor sending) {
        this.subscriptions = subscriptions;
        outbound.forEach(c -> channels.putIfAbsent(c.channel(), c));
        this.sending = sending;
    }

    /** Whether a citizen on this channel can be told anything later (the web chat, for one, cannot). */
    public boolean canReach(Channel channel) {
        return channels.containsKey(channel);
    }

    /** The dossier is now as given: tell every follower who did not know this status yet. */
    public void statusIs(Dossier dossier) {
        for (Subscription s : subscriptions.of(dossier.code())) {
            if (!subscriptions.advance(s.subscriber(), s.code(), dossier.status())) {
                continue;
            }
            if (dossier.status().closed()) {
                subscriptions.cancel(s.subscriber(), s.code());
            }
            OutboundChannel channel = channels.get(s.subscriber().channel());
            if (channel == null) {
                log.warn("No outbound channel for {}: a dossier notice was not sent", s.subscriber().channel());
                continue;
            }
            sending.execute(() -> send(channel, s, dossier));
        }
    }

    private static void send(OutboundChannel channel, Subscription s, Dossier dossier) {
        try {
            channel.send(s.subscriber().sender(), List.of(DossierNotice.about(dossier)));
        } catch (RuntimeException e) {
            log.warn("Sending a dossier notice on {} failed: {}", s.subscriber().channel(), e.toString());
        }
    }
}
