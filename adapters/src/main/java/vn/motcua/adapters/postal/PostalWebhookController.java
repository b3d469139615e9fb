package vn.motcua.adapters.postal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.adapters.HmacSignature;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.ChangingBookingState;
import vn.motcua.bot.postal.Transition;

/**
 * {@code POST /webhooks/postal}: status updates from the post office,
 * {@code {"reference": "BC-...", "status": "collected", "note": "...", "waybill": "..."}}, signed like
 * the dossier push. A repeated update answers 200 and tells the citizen nothing new; a late one that
 * would move the booking backwards is ignored (200, {@code changed: false}).
 */
@RestController
class PostalWebhookController {
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Duration SIGNATURE_MAX_AGE = Duration.ofMinutes(5);
    private final ChangingBookingState changing;
    private final Optional<HmacSignature> signature;
    private final ObjectMapper json;
    private final Clock clock;

    PostalWebhookController(ChangingBookingState changing, PostalSettings settings, ObjectMapper json, Clock clock) {
        this.changing = changing;
        this.signature = Optional.ofNullable(settings.webhookSecret()).filter(s -> !s.isBlank())
                .map(s -> new HmacSignature(s, SIGNATURE_MAX_AGE, clock));
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/webhooks/postal")
    ResponseEntity<Map<String, Object>> update(@RequestHeader(value = "X-Motcua-Timestamp", required = false) String timestamp,
                                               @RequestHeader(value = "X-Motcua-Signature", required = false) String sig,
                                               @RequestBody(required = false) byte[] body) {
        if (signature.isEmpty()) {
            return error(404, "postal_webhook_off", "assistant.postal.webhook-secret is not set");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > MAX_BODY_BYTES) {
            return error(413, "body_too_large", "a status update is a few hundred bytes");
        }
        if (!signature.get().valid(timestamp, sig, raw)) {
            return error(401, "bad_signature", "missing, stale or wrong X-Motcua-Signature");
        }
        JsonNode update;
        try {
            update = json.readTree(raw);
        } catch (IOException e) {
            return error(400, "malformed_json", "body is not JSON");
        }
        String reference = text(update, "reference");
        Optional<BookingState> state = state(text(update, "status"));
        if (reference == null || state.isEmpty() || state.get() == BookingState.REQUESTED) {
            return error(400, "bad_update", "reference and a status (sent_to_post_office, collected, delivered, "
                    + "done, cancelled, failed) are required");
        }
        Transition t = changing.change(reference, new BookingUpdate(state.get(), text(update, "note"),
                text(update, "waybill"), clock.instant()));
        if (t instanceof Transition.NotFound) {
            return error(404, "unknown_booking", "no booking " + reference);
        }
        boolean moved = t instanceof Transition.Moved;
        BookingState now = t instanceof Transition.Moved m ? m.booking().state()
                : t instanceof Transition.Unchanged u ? u.booking().state()
                : ((Transition.Refused) t).booking().state();
        return ResponseEntity.ok(Map.of("reference", reference, "state", now.name().toLowerCase(Locale.ROOT),
                "changed", moved));
    }

    private static Optional<BookingState> state(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String s = status.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (s.equals("SENT")) {
            s = "SENT_TO_POST_OFFICE";
        }
        try {
            return Optional.of(BookingState.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("error", code, "message", message));
    }
}
