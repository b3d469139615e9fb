package vn.motcua.adapters.zalo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assistant.channels.zalo.*}. {@code oaSecretKey} verifies webhook signatures; the access token
 * (about 25 h) is renewed with the single-use refresh token and {@code appSecret}. {@code replyWindow}
 * is how long after a citizen's last message the OA may answer freely (Zalo says 48 hours for free
 * consultation messages; raise it if your OA's package allows more).
 */
@ConfigurationProperties("assistant.channels.zalo")
record ZaloSettings(
        String appId,
        String oaSecretKey,
        String appSecret,
        String accessToken,
        String refreshToken,
        @DefaultValue("https://openapi.zalo.me") String apiUrl,
        @DefaultValue("https://oauth.zaloapp.com") String oauthUrl,
        @DefaultValue("48h") Duration replyWindow) {

    boolean configured() {
        return present(appId) && present(oaSecretKey) && (present(accessToken) || present(refreshToken));
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
