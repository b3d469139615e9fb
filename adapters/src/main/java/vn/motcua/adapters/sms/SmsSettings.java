package vn.motcua.adapters.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assistant.channels.sms.*}: the Twilio account, its auth token (which also signs webhooks) and
 * the number replies come from. Replies are unaccented by default (GSM-7: 160 characters an SMS instead
 * of 70, and readable on any phone); {@code accented=true} keeps diacritics. {@code maxSegments} caps
 * how many SMS one reply may take. {@code sendsPerSecond} caps how fast replies are handed to Twilio:
 * Twilio limits concurrent API requests (100 an account by default), not requests a second, and
 * queues what exceeds the number's own throughput for up to four hours, so this only spreads a burst.
 */
@ConfigurationProperties("assistant.channels.sms")
record SmsSettings(
        String accountSid,
        String authToken,
        String fromNumber,
        @DefaultValue("https://api.twilio.com") String apiUrl,
        @DefaultValue("3") int maxSegments,
        @DefaultValue("false") boolean accented,
        @DefaultValue("30") int sendsPerSecond) {

    SmsSettings {
        if (sendsPerSecond < 1) {
            throw new IllegalArgumentException("assistant.channels.sms.sends-per-second must be at least 1, not " + sendsPerSecond);
        }
    }

    boolean configured() {
        return present(accountSid) && present(authToken) && present(fromNumber);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
