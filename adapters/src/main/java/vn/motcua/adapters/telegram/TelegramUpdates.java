package vn.motcua.adapters.telegram;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.receiving.ReceivingMessage;

/**
 * Turns Telegram updates, polled or pushed, into the core's messages. The update_id is the delivery id,
 * so an update seen twice (a webhook retry, a poll after a restart) is answered once. A button press is
 * acknowledged at once so the client stops its spinner; the answer comes as a message.
 */
class TelegramUpdates {
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final ReceivingMessage receiving;
    private final TelegramClient client;

    TelegramUpdates(ReceivingMessage receiving, TelegramClient client) {
        this.receiving = receiving;
        this.client = client;
    }

    void take(List<Update> updates) {
        updates.forEach(this::take);
    }

    void take(Update update) {
        String deliveryId = String.valueOf(update.getUpdateId());
        if (update.hasCallbackQuery()) {
            pressed(deliveryId, update.getCallbackQuery());
        } else if (update.hasMessage() && update.getMessage().isUserMessage()) {
            Message message = update.getMessage();
            String chat = String.valueOf(message.getChatId());
            if (message.hasText()) {
                Instant at = message.getDate() == null ? Instant.now() : Instant.ofEpochSecond(message.getDate());
                receiving.receive(deliveryId, new InboundMessage(Channel.TELEGRAM, chat, command(message.getText()), null, at));
            } else {
                receiving.receiveUnreadable(deliveryId, Channel.TELEGRAM, chat);
            }
        }
        // groups, channels, edits and the like are not conversations with a citizen: ignored
    }

    private void pressed(String deliveryId, CallbackQuery query) {
        acknowledge(query);
        String chat = query.getMessage() != null
                ? String.valueOf(query.getMessage().getChatId())
                : String.valueOf(query.getFrom().getId());
        String data = query.getData() == null ? "" : query.getData();
        InboundMessage message = data.startsWith(TelegramHtml.NUMBERED)
                // a value too long for callback_data: its number picks it from the options last offered
                ? new InboundMessage(Channel.TELEGRAM, chat, data.substring(1), null, Instant.now())
                : new InboundMessage(Channel.TELEGRAM, chat, data, data, Instant.now());
        receiving.receive(deliveryId, message);
    }

    private void acknowledge(CallbackQuery query) {
        try {
            client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build())
                    .whenComplete((ok, error) -> {
                        if (error != null) {
                            log.debug("Could not answer callback query {}: {}", query.getId(), error.toString());
                        }
                    });
        } catch (TelegramApiException e) {
            log.debug("Could not answer callback query {}: {}", query.getId(), e.toString());
        }
    }

    /** Telegram's own commands in the assistant's words. */
    static String command(String text) {
        String t = text.strip();
        String name = t.split("[\\s@]", 2)[0];
        return switch (name) {
            case "/start" -> "xin chào";
            case "/help" -> "trợ giúp";
            case "/huy", "/cancel" -> "hủy";
            default -> text;
        };
    }
}
