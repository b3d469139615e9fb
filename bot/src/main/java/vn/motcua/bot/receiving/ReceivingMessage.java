package vn.motcua.bot.receiving;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.Response;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.NumberedOptions;
import vn.motcua.bot.rendering.OfferedOptions;

/**
 * Use case: a message arrives from a chat channel (Telegram, Zalo, SMS). It is taken once whatever the
 * redeliveries, kept in the {@link Inbox} before the webhook is acknowledged, answered in the
 * background, and the answer handed to {@link DeliveringReplies}. A number typed after numbered
 * options picks that option; a flooding sender is asked once to slow down, then ignored for a while.
 */
public class ReceivingMessage {
    private static final Logger log = LoggerFactory.getLogger(ReceivingMessage.class);
    /** Eight messages at once, then one every three seconds: far above a person typing. */
    public static final FloodGuard.Limit PER_SENDER = new FloodGuard.Limit(8, Duration.ofSeconds(3));
    static final String SLOW_DOWN = "Bạn đang gửi tin nhắn hơi nhanh. Vui lòng chờ một chút rồi gửi tiếp, "
            + "tôi sẽ trả lời ngay khi bạn gửi lại.";
    static final String UNREADABLE = "Xin lỗi, tôi chỉ đọc được tin nhắn dạng chữ. "
            + "Bạn vui lòng gõ câu hỏi, ví dụ: \"đăng ký khai sinh cần giấy tờ gì\".";
    static final String FAILED = "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Vui lòng thử lại sau ít phút.";

    private final Assistant assistant;
    private final Redeliveries redeliveries;
    private final Inbox inbox;
    private final FloodGuard floodGuard;
    private final OfferedOptions offered;
    private final DeliveringReplies delivering;
    private final AnsweringLanes lanes;
    private final Clock clock;
    /** Taken and waiting in a lane: a message received while the pending ones are resumed is answered once. */
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

    public ReceivingMessage(Assistant assistant, Redeliveries redeliveries, Inbox inbox, FloodGuard floodGuard,
                            OfferedOptions offered, DeliveringReplies delivering, AnsweringLanes lanes, Clock clock) {
        this.assistant = assistant;
        this.redeliveries = redeliveries;
        this.inbox = inbox;
        this.floodGuard = floodGuard;
        this.offered = offered;
        this.delivering = delivering;
        this.lanes = lanes;
        this.clock = clock;
    }

    /** Whether a delivery was new (and is now being answered) or a redelivery (ignored). */
    public enum Receipt {
        ACCEPTED, DUPLICATE
    }

    /**
     * Takes a message; {@code deliveryId} is the channel's own id for the delivery (update_id, msg_id,
     * MessageSid). Returns once the message is kept: the caller may then acknowledge it.
     */
    public Receipt receive(String deliveryId, InboundMessage message) {
        String id = message.channel().key() + ":" + deliveryId;
        if (!redeliveries.firstDelivery(id)) {
            log.debug("Redelivery {} ignored", id);
            return Receipt.DUPLICATE;
        }
        try {
            inbox.keep(new Inbox.PendingMessage(id, message));
        } catch (RuntimeException e) {
            redeliveries.forget(id); // the webhook fails, the platform retries: that retry must be taken
            throw e;
        }
        schedule(id, message);
        return Receipt.ACCEPTED;
    }

    /**
     * Takes something the assistant cannot read (a photo, a sticker, a voice message): it says so once,
     * whatever the redeliveries, and a flood of stickers is treated as any flood.
     */
    public Receipt receiveUnreadable(String deliveryId, Channel channel, String sender) {
        String id = channel.key() + ":" + deliveryId;
        if (!redeliveries.firstDelivery(id)) {
            return Receipt.DUPLICATE;
        }
        switch (floodGuard.admit(new ConversationKey(channel, sender).asString(), PER_SENDER, clock.instant())) {
            case ADMITTED -> delivering.send(channel, sender, List.of(Reply.text(UNREADABLE)));
            case SLOW_DOWN -> delivering.send(channel, sender, List.of(Reply.text(SLOW_DOWN)));
            case IGNORED -> log.debug("Flooding sender {} ignored", sender);
        }
        return Receipt.ACCEPTED;
    }

    /** Answers what was received but not answered before the last stop. */
    public int answerPending() {
        int resumed = 0;
        for (Inbox.PendingMessage p : inbox.pending()) {
            resumed += schedule(p.deliveryId(), p.message()) ? 1 : 0;
        }
        return resumed;
    }

    private boolean schedule(String deliveryId, InboundMessage message) {
        if (!scheduled.add(deliveryId)) {
            return false;
        }
        lanes.run(message.conversationKey().asString(), () -> answer(deliveryId, message));
        return true;
    }

    private void answer(String deliveryId, InboundMessage message) {
        try {
            switch (floodGuard.admit(message.conversationKey().asString(), PER_SENDER, clock.instant())) {
                case ADMITTED -> {
                    Response response = assistant.handle(withNumberedChoice(message));
                    delivering.send(message.channel(), message.sender(), response.replies());
                }
                case SLOW_DOWN -> delivering.send(message.channel(), message.sender(), List.of(Reply.text(SLOW_DOWN)));
                case IGNORED -> log.debug("Flooding sender {} ignored", message.conversationKey().asString());
            }
        } catch (RuntimeException e) {
            // answering it again after a restart would fail the same way: apologise once and move on
            log.error("Could not answer {}", deliveryId, e);
            delivering.send(message.channel(), message.sender(), List.of(Reply.text(FAILED)));
        }
        inbox.answered(deliveryId);
        scheduled.remove(deliveryId);
    }

    private InboundMessage withNumberedChoice(InboundMessage message) {
        if (message.chosenOption() != null) {
            return message;
        }
        Optional<Reply.Option> option = NumberedOptions.choice(message.text())
                .flatMap(n -> offered.numbered(message.conversationKey(), n));
        return option.map(o -> new InboundMessage(message.channel(), message.sender(), message.text(), o.value(),
                message.at())).orElse(message);
    }
}
