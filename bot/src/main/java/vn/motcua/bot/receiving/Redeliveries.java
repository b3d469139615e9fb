package vn.motcua.bot.receiving;

/**
 * Remembers which deliveries (Telegram update_id, Zalo msg_id, Twilio MessageSid) were already taken,
 * so a webhook the platform retries, or an update polled again after a restart, is answered once.
 */
public interface Redeliveries {

    /** True the first time an id is seen (and from then on it is remembered); false for a redelivery. */
    boolean firstDelivery(String deliveryId);

    /** Forgets an id whose message could not be kept, so that the platform's retry is taken. */
    void forget(String deliveryId);
}
