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
import vn.motcua.bot.dossier.DossierStore.Saved;
import vn.motcua.bot.dossier.RecordingDossierUpdate;
import vn.motcua.bot.understanding.DossierCode;

/**
 * {@code PUT /api/v1/dossiers/{code}}: the one-stop system reports a dossier's current state. The
 * signature is checked over the raw bytes before anything is parsed; a repeated update answers 200 and
 * changes nothing, and so does an update older than the stored one ({@code "stale": true}).
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
        Saved saved = updates.record(dossier);
        if (saved == Saved.STALE) {
            log.info("Dossier {} push ignored: its updatedAt {} is older than the stored dossier's", dossierCode,
                    dossier.updatedAt());
        }
        log.debug("Dossier {} pushed (status {}, {})", dossierCode, dossier.status().number(), saved);
        return ResponseEntity.ok(new Accepted(dossierCode.value(), dossier.status().number(), saved.changed(),
                saved == Saved.STALE));
    }

    private static ResponseEntity<Object> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new PushError(code, message));
    }

    /** {@code status} is the pushed one; when {@code stale}, the stored dossier is newer and was kept. */
    record Accepted(String code, int status, boolean changed, boolean stale) {
    }

    record PushError(String error, String message) {
    }
}
