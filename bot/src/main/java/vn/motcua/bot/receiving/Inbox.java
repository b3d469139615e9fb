package vn.motcua.bot.receiving;

import java.util.List;
import vn.motcua.bot.message.InboundMessage;

/**
 * Messages received but not yet answered. A webhook acknowledges only after the message is kept here,
 * so a restart between receiving and answering answers it on start-up instead of losing it.
 */
public interface Inbox {

    void keep(PendingMessage message);

    void answered(String deliveryId);

    /** What is still to answer, oldest first. */
    List<PendingMessage> pending();

    record PendingMessage(String deliveryId, InboundMessage message) {
    }
}
