package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.AtomicJsonFile;

/**
 * The OA's access token, renewed before it expires or when Zalo rejects it. Zalo's refresh token is
 * single-use: the new one is written to the data dir BEFORE the new access token is used, so a crash
 * right after a refresh never leaves the OA holding only a spent refresh token.
 */
class ZaloTokens {
    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
    private static final Duration EARLY = Duration.ofMinutes(5);

    /** What is on disk; {@code configuredRefreshToken} tells a newly configured token from the one we started with. */
    record State(String accessToken, String refreshToken, Instant expiresAt, String configuredRefreshToken) {
    }

    private final ZaloSettings settings;
    private final AtomicJsonFile<State> file;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private State state;

    ZaloTokens(ZaloSettings settings, Path path, HttpClient http, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.file = new AtomicJsonFile<>(path, json, new TypeReference<>() {
        });
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.state = initial();
    }

    private State initial() {
        State configured = new State(settings.accessToken(), settings.refreshToken(),
                ZaloSettings.present(settings.accessToken()) ? null : Instant.EPOCH, settings.refreshToken());
        return file.read()
                // an operator who configures a new refresh token (after re-authorising the app) wins over the file
                .filter(saved -> saved.configuredRefreshToken() == null
                        || saved.configuredRefreshToken().equals(settings.refreshToken()))
                .orElse(configured);
    }

    /** A token to send with, renewed first when it is (nearly) expired. */
    synchronized String current() throws ZaloUnavailable {
        if (state.accessToken() == null || state.accessToken().isBlank()
                || (state.expiresAt() != null && clock.instant().plus(EARLY).isAfter(state.expiresAt()))) {
            refresh();
        }
        return state.accessToken();
    }

    /** Zalo rejected {@code rejected} as expired: renew, unless another send renewed it already. */
    synchronized String renewAfterRejection(String rejected) throws ZaloUnavailable {
        if (state.accessToken() != null && !state.accessToken().equals(rejected)) {
            return state.accessToken();
        }
        refresh();
        return state.accessToken();
    }

    private void refresh() throws ZaloUnavailable {
        if (!ZaloSettings.present(state.refreshToken()) || !ZaloSettings.present(settings.appSecret())) {
            throw new ZaloUnavailable("the access token expired and no refresh token and app secret are set "
                    + "(assistant.channels.zalo.refresh-token, .app-secret)");
        }
        String form = "refresh_token=" + encode(state.refreshToken()) + "&app_id=" + encode(settings.appId())
                + "&grant_type=refresh_token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(settings.oauthUrl()) + "/v4/oa/access_token"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", settings.appSecret())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new ZaloUnavailable("token refresh failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZaloUnavailable("token refresh interrupted");
        }
        String access = answer.path("access_token").asText("");
        String refresh = answer.path("refresh_token").asText("");
        if (access.isEmpty() || refresh.isEmpty()) {
            log.error("Zalo refused to renew the access token: {}. Re-authorise the OA and set "
                    + "assistant.channels.zalo.refresh-token (docs/channels/zalo.md)", answer);
            throw new ZaloUnavailable("token refresh refused: " + answer);
        }
        long seconds = answer.path("expires_in").asLong(90_000);
        State renewed = new State(access, refresh, clock.instant().plusSeconds(seconds), state.configuredRefreshToken());
        file.write(renewed); // before use: the old refresh token is spent from this moment
        state = renewed;
        log.info("Zalo access token renewed; valid until {}", renewed.expiresAt());
    }

    static String base(String url) {
        return url.replaceAll("/+$", "");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Zalo cannot be reached or refuses the credentials: a send to retry later. */
    static class ZaloUnavailable extends Exception {
        ZaloUnavailable(String message) {
            super(message);
        }
    }
}
