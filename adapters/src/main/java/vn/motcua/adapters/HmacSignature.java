package vn.motcua.adapters;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Motcua-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>} and
 * that {@code X-Motcua-Timestamp} (unix seconds) is no older or newer than {@code maxAge}, so a captured
 * request cannot be replayed later. Compares in constant time. Shared by every webhook that speaks this
 * contract: the dossier push and the post office's status updates.
 */
public final class HmacSignature {
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final Duration maxAge;
    private final Clock clock;

    public HmacSignature(String secret, Duration maxAge, Clock clock) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public boolean configured() {
        return secret.length > 0;
    }

    public boolean valid(String timestamp, String signature, byte[] body) {
        if (!configured() || timestamp == null || signature == null || !signature.startsWith(PREFIX)) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > maxAge.toSeconds()) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip().toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp.strip(), body), given);
    }

    /** The header value a sender puts on {@code body}: {@code sha256=<hex>}. */
    public String header(String timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(timestamp, body));
    }

    byte[] sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body == null ? new byte[0] : body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
