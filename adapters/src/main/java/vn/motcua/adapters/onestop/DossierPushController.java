package vn.motcua.adapters.onestop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.adapters.HmacSignature;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.RecordingDossierUpdate;
import vn.motcua.bot.understanding.DossierCode;

/**
 * {@code PUT /api/v1/dossiers/{code}}: the one-stop system reports a dossier's current state. The
 * signature is checked over the raw bytes before anything is parsed; a repeated update answers 200 and
 * changes nothing.
 */
@RestController
class DossierPushController {
    private static final Logger log = LoggerFactory.getLogger(DossierPushController.class);

    private final HmacSignature signature;
    private final RecordingDossierUpdate updates;
    private final ObjectMapper json;

    DossierPushController(HmacSignature signature, RecordingDossierUpdate updates, ObjectMapper json) {
        this.signature = signature;
        this.updates = updates;
        this.json = json;
    }

    @PutMapping(path = "/api/v1/dossiers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> push(@PathVariable String code,
                                @RequestHeader(name = "X-Motcua-Timestamp", required = false) String timestamp,
                                @RequestHeader(name = "X-Motcua-Signature", required = false) String signed,
                                @RequestBody(required = false) byte[] body) {
        if (!signature.valid(timestamp, signed, body)) {
            return error(HttpStatus.UNAUTHORIZED, "bad_signature", signature.configured()
                    ? "Missing, wrong or stale X-Motcua-Signature / X-Motcua-Timestamp."
                    : "The push API is off: assistant.onestop.push-secret is not set.");
        }
        DossierCode dossierCode = DossierCode.parse(code).orElse(null);
        if (dossierCode == null) {
            return error(HttpStatus.BAD_REQUEST, "bad_code", "Not a dossier code: " + code);
        }
        Dossier dossier;
        try {
            dossier = json.readValue(body, PushedDossier.class).toDossier(dossierCode);
        } catch (PushedDossier.InvalidPush e) {
            return error(HttpStatus.BAD_REQUEST, "invalid_dossier", e.getMessage());
        } catch (IOException | RuntimeException e) {
            return error(HttpStatus.BAD_REQUEST, "malformed_json", "The body is not a JSON object.");
        }
        boolean changed = updates.record(dossier);
        log.debug("Dossier {} pushed (status {}, changed: {})", dossierCode, dossier.status().number(), changed);
        return ResponseEntity.ok(new Accepted(dossierCode.value(), dossier.status().number(), changed));
    }

    private static ResponseEntity<Object> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new PushError(code, message));
    }

    record Accepted(String code, int status, boolean changed) {
    }

    record PushError(String error, String message) {
    }
}
