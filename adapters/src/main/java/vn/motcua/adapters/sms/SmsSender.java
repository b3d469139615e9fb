package vn.motcua.adapters.sms;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import vn.motcua.bot.delivery.ChannelSender;
import vn.motcua.bot.delivery.Pace;
import vn.motcua.bot.delivery.SendResult;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.ShortMessage;

/**
 * Sends replies through Twilio's Messages API, shaped short for SMS, asking Twilio to report the
 * delivery status back to {@code /webhooks/sms/status}.
 */
class SmsSender implements ChannelSender {
    /** The number opted out (replied STOP): Twilio refuses, and retrying would not change that. */
    private static final int OPTED_OUT = 21610;

    private final TwilioRestClient client;
    private final PhoneNumber from;
    private final URI statusCallback;
    private final ShortMessage shape;
    private final Pace pace;

    /** {@code sendsPerSecond}: Twilio queues on its side; this only spreads a burst (see {@link SmsSettings}). */
    SmsSender(TwilioRestClient client, String from, URI statusCallback, ShortMessage shape, int sendsPerSecond) {
        this.client = client;
        this.from = new PhoneNumber(from);
        this.statusCallback = statusCallback;
        this.shape = shape;
        this.pace = new Pace(sendsPerSecond, Duration.ZERO);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Pace pace() {
        return pace;
    }

    @Override
    public SendResult send(String phone, Reply reply) {
        try {
            Message.creator(new PhoneNumber(phone), from, shape.shape(reply))
                    .setStatusCallback(statusCallback)
                    .create(client);
            return SendResult.SENT;
        } catch (ApiConnectionException e) {
            return new SendResult.RetryLater(Duration.ZERO, e.getMessage());
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status != null && (status == 429 || status >= 500)) {
                return new SendResult.RetryLater(Duration.ZERO, "HTTP " + status + ": " + e.getMessage());
            }
            String why = e.getCode() != null && e.getCode() == OPTED_OUT ? "the number opted out (STOP)" : e.getMessage();
            return new SendResult.Undeliverable("Twilio " + e.getCode() + ": " + why);
        }
    }
}
