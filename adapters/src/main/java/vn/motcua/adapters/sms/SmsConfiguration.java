package vn.motcua.adapters.sms;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.rendering.ShortMessage;

/** The SMS channel: off without Twilio credentials (said once), on by itself with them. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    SmsConfiguration(SmsSettings settings) {
        if (!settings.configured()) {
            log.info("SMS channel off: set assistant.channels.sms.account-sid, .auth-token and .from-number to turn it on");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SmsConfigured.class)
    static class On {

        @Bean
        SmsSender smsSender(SmsSettings settings, AssistantSettings assistant) {
            TwilioRestClient client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                    .httpClient(new TwilioHttp(settings.apiUrl())).build();
            URI statusCallback = URI.create(base(assistant) + "/webhooks/sms/status");
            log.info("SMS channel on: Twilio number {}, webhook {}/webhooks/sms", settings.fromNumber(), base(assistant));
            return new SmsSender(client, settings.fromNumber(), statusCallback,
                    new ShortMessage(settings.maxSegments(), settings.accented()), settings.sendsPerSecond());
        }

        @Bean
        OutboundChannel smsOutbound(DeliveringReplies delivering) {
            return delivering.outboundChannel(Channel.SMS);
        }

        @Bean
        SmsStatuses smsStatuses() {
            return new SmsStatuses();
        }

        private static String base(AssistantSettings assistant) {
            return assistant.publicUrl().replaceAll("/+$", "");
        }
    }
}
