package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.receiving.ReceivingMessage;

/**
 * {@code POST /webhooks/zalo}: Zalo OA events. The signature
 * {@code X-ZEvent-Signature: mac=sha256(app_id + body + timestamp + OA secret key)} is checked first;
 * a text is kept and answered in the background (Zalo wants its 200 within about two seconds and
 * retries otherwise; msg_id makes a retry a duplicate).
 */
@RestController
@Conditional(ZaloConfigured.class)
class ZaloWebhook {
    static final String SIGNATURE_HEADER = "X-ZEvent-Signature";

    private final String appId;
    private final String oaSecretKey;
    private final ReceivingMessage receiving;
    private final ZaloReplyWindow window;
    private final Duration windowLength;
    private final ObjectMapper json;

    ZaloWebhook(ZaloSettings settings, ReceivingMessage receiving, ZaloReplyWindow window, ObjectMapper json) {
        this.appId = settings.appId();
        this.oaSecretKey = settings.oaSecretKey();
        this.receiving = receiving;
        this.window = window;
        this.windowLength = settings.replyWindow();
        this.json = json;
    }

    @PostMapping("/webhooks/zalo")
    ResponseEntity<Void> receive(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                 @RequestBody(required = false) String body) {
        if (signature == null || signature.isBlank() || body == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JsonProcessingException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String timestamp = event.path("timestamp").asText("");
        if (!appId.equals(event.path("app_id").asText("")) || !signed(signature, body, timestamp)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        take(event, timestamp);
        return ResponseEntity.ok().build();
    }

    private boolean signed(String header, String body, String timestamp) {
        String expected = "mac=" + sha256Hex(appId + body + timestamp + oaSecretKey);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                header.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private void take(JsonNode event, String timestamp) {
        String name = event.path("event_name").asText("");
        String sender = event.path("sender").path("id").asText("");
        if (sender.isEmpty() || !name.startsWith("user_send_") && !name.equals("follow")) {
            return; // seen receipts, unfollows, OA-side events: nothing to answer
        }
        Instant at = at(timestamp);
        window.openUntil(sender, at.plus(windowLength));
        String msgId = event.path("message").path("msg_id").asText("");
        String deliveryId = msgId.isEmpty() ? name + ":" + sender + ":" + timestamp : msgId;
        switch (name) {
            case "user_send_text" -> receiving.receive(deliveryId, new InboundMessage(Channel.ZALO, sender,
                    event.path("message").path("text").asText(""), null, at));
            case "follow" -> receiving.receive(deliveryId, new InboundMessage(Channel.ZALO, sender, "xin chào", null, at));
            default -> receiving.receiveUnreadable(deliveryId, Channel.ZALO, sender);
        }
    }

    private static Instant at(String timestamp) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
