package vn.motcua.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.delivery.Pace;
import vn.motcua.bot.rendering.ShortMessage;

/** How fast replies are handed to Twilio is a setting, not a constant. */
class SmsSenderTest {
    private static SmsSettings settings(int sendsPerSecond) {
        return new SmsSettings("AC1", "token", "+15005550006", "http://127.0.0.1:9", 3, false, sendsPerSecond);
    }

    @Test
    void the_sender_keeps_the_configured_pace() {
        SmsSender sender = new SmsSender(new TwilioRestClient.Builder("AC1", "token").build(), "+15005550006",
                URI.create("https://motcua.example/webhooks/sms/status"), new ShortMessage(3, false),
                settings(12).sendsPerSecond());
        assertThat(sender.pace()).isEqualTo(new Pace(12, Duration.ZERO));
    }

    @Test
    void a_pace_below_one_a_second_is_refused_with_the_property_name() {
        assertThatThrownBy(() -> settings(0)).hasMessageContaining("assistant.channels.sms.sends-per-second");
    }
}
