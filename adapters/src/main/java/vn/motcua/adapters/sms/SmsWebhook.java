package vn.motcua.adapters.sms;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.MessagingResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.receiving.ReceivingMessage;

/**
 * {@code POST /webhooks/sms} (incoming SMS) and {@code POST /webhooks/sms/status} (delivery reports).
 * {@code X-Twilio-Signature} is checked against {@code assistant.public-url} plus the path, exactly the
 * URL configured in Twilio. The message is kept and answered through the REST API in the background;
 * the webhook answers an empty TwiML at once. MessageSid makes Twilio's retries duplicates.
 */
@RestController
@Conditional(SmsConfigured.class)
class SmsWebhook {
    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    private static final String EMPTY_TWIML = new MessagingResponse.Builder().build().toXml();

    private final RequestValidator validator;
    private final String publicUrl;
    private final ReceivingMessage receiving;
    private final SmsStatuses statuses;

    SmsWebhook(SmsSettings settings, AssistantSettings assistant, ReceivingMessage receiving, SmsStatuses statuses) {
        this.validator = new RequestValidator(settings.authToken());
        this.publicUrl = assistant.publicUrl().replaceAll("/+$", "");
        this.receiving = receiving;
        this.statuses = statuses;
    }

    @PostMapping(path = "/webhooks/sms", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> receive(HttpServletRequest request,
                                   @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                   @RequestParam MultiValueMap<String, String> form) {
        HttpStatus refused = refusal(request, signature, form);
        if (refused != null) {
            return ResponseEntity.status(refused).build();
        }
        String sid = form.getFirst("MessageSid");
        String from = form.getFirst("From");
        if (sid != null && from != null) {
            receiving.receive(sid, new InboundMessage(Channel.SMS, from, form.getFirst("Body"), null, Instant.now()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
    }

    @PostMapping("/webhooks/sms/status")
    ResponseEntity<Void> status(HttpServletRequest request,
                                @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                @RequestParam MultiValueMap<String, String> form) {
        HttpStatus refused = refusal(request, signature, form);
        if (refused != null) {
            return ResponseEntity.status(refused).build();
        }
        String sid = form.getFirst("MessageSid");
        if (sid != null) {
            statuses.record(sid, new SmsStatuses.Status(form.getFirst("MessageStatus"), form.getFirst("ErrorCode"),
                    form.getFirst("To"), Instant.now()));
        }
        return ResponseEntity.noContent().build();
    }

    /** 401 without a signature, 403 with a wrong one, null when Twilio signed exactly this request. */
    private HttpStatus refusal(HttpServletRequest request, String signature, MultiValueMap<String, String> form) {
        if (signature == null || signature.isBlank()) {
            return HttpStatus.UNAUTHORIZED;
        }
        String url = publicUrl + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        return validator.validate(url, params, signature) ? null : HttpStatus.FORBIDDEN;
    }
}
