package vn.motcua.adapters.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.delivery.ChannelSender;
import vn.motcua.bot.delivery.Pace;
import vn.motcua.bot.delivery.SendResult;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.NumberedOptions;
import vn.motcua.bot.rendering.ReplyParts;

/**
 * Replies as Zalo text messages: options as numbered lines, links as plain URLs; a reply longer than a
 * Zalo message goes as several, in order (see {@link #parts}). Outside the free-reply
 * window nothing is sent (only approved ZNS templates may be): that is logged, and the reply dropped.
 */
class ZaloSender implements ChannelSender {
    private static final Logger log = LoggerFactory.getLogger(ZaloSender.class);
    static final int MAX_TEXT = 2000;

    private final ZaloClient client;
    private final ZaloReplyWindow window;
    private final Clock clock;

    ZaloSender(ZaloClient client, ZaloReplyWindow window, Clock clock) {
        this.client = client;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public Pace pace() {
        return new Pace(10, Duration.ZERO);
    }

    @Override
    public SendResult send(String userId, Reply reply) {
        Optional<Instant> closes;
        try {
            closes = window.closesFor(userId);
        } catch (StoreUnavailable e) {
            return new SendResult.RetryLater(ZaloClient.STORE_RETRY, e.getMessage());
        }
        if (closes.isEmpty() || closes.get().isBefore(clock.instant())) {
            log.warn("Zalo: not sending to {}: outside the free-reply window (closed {}); only approved ZNS templates "
                    + "may be sent now", userId, closes.map(Instant::toString).orElse("long ago or never opened"));
            return new SendResult.Undeliverable("outside the Zalo free-reply window");
        }
        return client.sendText(userId, text(reply));
    }

    /** Zalo takes 2,000 characters a message: a longer reply goes as several, options and links with the last. */
    @Override
    public List<Reply> parts(Reply reply) {
        return ReplyParts.split(reply, MAX_TEXT, tail(reply).length());
    }

    static String text(Reply reply) {
        String tail = tail(reply);
        String body = reply.text();
        int room = Math.max(0, MAX_TEXT - tail.length());
        if (body.length() > room) {
            // only a reply queued unsplit (before an upgrade) or with options longer than a message gets here
            body = body.substring(0, Math.max(0, room - 1)) + "…";
        }
        return body + tail;
    }

    /** The option lines and links that follow the text. */
    private static String tail(Reply reply) {
        StringBuilder tail = new StringBuilder(NumberedOptions.optionLines(reply.options()));
        for (Reply.Link link : reply.links()) {
            tail.append("\n").append(link.label()).append(": ").append(link.url());
        }
        return tail.toString();
    }
}
