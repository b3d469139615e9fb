package vn.motcua.adapters.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook calls the way the platforms do, written from their documentation (not from our code). */
final class Signatures {

    private Signatures() {
    }

    /** Zalo: {@code mac=} hex SHA-256 of app id + raw body + timestamp + OA secret key. */
    static String zalo(String appId, String body, String timestamp, String oaSecretKey) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((appId + body + timestamp + oaSecretKey).getBytes(StandardCharsets.UTF_8));
        return "mac=" + HexFormat.of().formatHex(digest);
    }

    /** Twilio: Base64 HMAC-SHA1 (auth token) of the full URL followed by each POST parameter name and value, sorted by name. */
    static String twilio(String authToken, String url, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
