package vn.motcua.adapters.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram} in webhook mode. The secret Telegram echoes is checked before the
 * body is even parsed; the update is kept and answered in the background, so Telegram gets its 200 fast.
 */
@RestController
@Conditional(TelegramConfigured.class)
@ConditionalOnProperty(name = "assistant.channels.telegram.mode", havingValue = "webhook")
class TelegramWebhook {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final TelegramUpdates updates;

    TelegramWebhook(TelegramSettings settings, TelegramUpdates updates) {
        this.secret = TelegramConfiguration.requiredSecret(settings).getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 @RequestBody(required = false) String body) {
        if (given == null || given.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Update update;
        try {
            update = JSON.readValue(body == null ? "" : body, Update.class);
        } catch (JsonProcessingException e) {
            return ResponseEntity.badRequest().build();
        }
        updates.take(update);
        return ResponseEntity.ok().build();
    }
}
