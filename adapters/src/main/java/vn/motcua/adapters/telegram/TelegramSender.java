package vn.motcua.adapters.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.motcua.bot.delivery.ChannelSender;
import vn.motcua.bot.delivery.Pace;
import vn.motcua.bot.delivery.SendResult;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;

/** Sends replies with sendMessage; Telegram allows about 30 messages a second overall and one a second per chat. */
class TelegramSender implements ChannelSender {
    static final Pace PACE = new Pace(30, Duration.ofSeconds(1));
    /** Bounds a call even when a malformed answer leaves telegrambots' future incomplete. */
    private static final long CALL_TIMEOUT_SECONDS = 20;

    private final TelegramClient client;

    TelegramSender(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    @Override
    public List<Reply> parts(Reply reply) {
        return TelegramHtml.parts(reply);
    }

    @Override
    public SendResult send(String chatId, Reply reply) {
        SendMessage message = SendMessage.builder().chatId(chatId).text(TelegramHtml.text(reply))
                .parseMode(ParseMode.HTML).disableWebPagePreview(true)
                .replyMarkup(TelegramHtml.keyboard(reply)).build();
        try {
            client.executeAsync(message).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return SendResult.SENT;
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (TelegramApiException e) {
            return failure(e);
        } catch (TimeoutException e) {
            return new SendResult.RetryLater(Duration.ZERO, "no answer from Telegram in " + CALL_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.RetryLater(Duration.ZERO, "interrupted");
        }
    }

    static SendResult failure(Throwable error) {
        if (error instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            if (code == 429) {
                Integer after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return new SendResult.RetryLater(Duration.ofSeconds(after == null ? 1 : after), "429 Too Many Requests");
            }
            if (code >= 500) {
                return new SendResult.RetryLater(Duration.ZERO, code + " " + request.getApiResponse());
            }
            // 400 (chat not found, bad markup) and 403 (the user blocked the bot) will not get better
            return new SendResult.Undeliverable(code + " " + request.getApiResponse());
        }
        return new SendResult.RetryLater(Duration.ZERO, String.valueOf(error));
    }
}
