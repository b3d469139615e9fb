package vn.motcua.adapters.sms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last delivery status Twilio reported for each recent message (queued, sent, delivered,
 * undelivered, failed). Failures are logged with Twilio's error code, which says why.
 */
class SmsStatuses {
    private static final Logger log = LoggerFactory.getLogger(SmsStatuses.class);
    private static final int KEPT = 10_000;

    record Status(String status, String errorCode, String to, Instant at) {
    }

    private final Map<String, Status> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Status> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void record(String messageSid, Status status) {
        recent.put(messageSid, status);
        if ("failed".equals(status.status()) || "undelivered".equals(status.status())) {
            log.warn("SMS {} to {} {}: Twilio error {}", messageSid, status.to(), status.status(), status.errorCode());
        } else {
            log.debug("SMS {} to {}: {}", messageSid, status.to(), status.status());
        }
    }

    synchronized Optional<Status> of(String messageSid) {
        return Optional.ofNullable(recent.get(messageSid));
    }
}
