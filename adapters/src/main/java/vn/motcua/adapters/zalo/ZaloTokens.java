package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.adapters.ZaloTokenStore.Tokens;

/**
 * The OA's access token, renewed before it expires or when Zalo rejects it. The tokens live in a
 * {@link ZaloTokenStore} (a file, or Redis shared by every instance), which lets one renewal run at a time
 * and keeps the new single-use refresh token before the new access token is used. A store that cannot be
 * reached throws {@link vn.motcua.bot.StoreUnavailable}: the send is retried later.
 */
class ZaloTokens {
    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final ZaloSettings settings;
    private final ZaloTokenStore store;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    /** Whether the configured tokens were offered to the store; done on first use, so a store down at start-up delays nothing. */
    private volatile boolean adopted;

    ZaloTokens(ZaloSettings settings, ZaloTokenStore store, HttpClient http, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** A token to send with, renewed first when it is (nearly) expired. */
    String current() throws ZaloUnavailable {
        Tokens tokens = stored();
        if (expiring(tokens)) {
            tokens = store.renew(tokens.accessToken(), this::refresh);
        }
        if (!ZaloSettings.present(tokens.accessToken())) {
            // an operator's fresh authorisation (no access token yet) replaced the tokens during the renewal
            tokens = store.renew(tokens.accessToken(), this::refresh);
        }
        if (!ZaloSettings.present(tokens.accessToken())) {
            throw new ZaloUnavailable("no access token yet");
        }
        return tokens.accessToken();
    }

    private boolean expiring(Tokens tokens) {
        return !ZaloSettings.present(tokens.accessToken())
                || tokens.expiresAt() != null && clock.instant().plus(EARLY).isAfter(tokens.expiresAt());
    }

    /** Zalo rejected {@code rejected} as expired: renew, unless another send (or instance) renewed it already. */
    String renewAfterRejection(String rejected) throws ZaloUnavailable {
        stored();
        Tokens renewed = store.renew(rejected, this::refresh);
        return ZaloSettings.present(renewed.accessToken()) ? renewed.accessToken() : current();
    }

    private Tokens stored() {
        Optional<Tokens> tokens = adopted ? store.current() : Optional.empty();
        if (tokens.isPresent()) {
            return tokens.get();
        }
        // first use, or a store that lost its data: start from the configured tokens
        Tokens adoptedTokens = store.adopt(configured());
        adopted = true;
        return adoptedTokens;
    }

    private Tokens configured() {
        boolean access = ZaloSettings.present(settings.accessToken());
        return new Tokens(access ? settings.accessToken() : null, settings.refreshToken(), access ? null : Instant.EPOCH);
    }

    private Tokens refresh(Tokens stale) throws ZaloUnavailable {
        if (!ZaloSettings.present(stale.refreshToken()) || !ZaloSettings.present(settings.appSecret())) {
            throw new ZaloUnavailable("the access token expired and no refresh token and app secret are set "
                    + "(assistant.channels.zalo.refresh-token, .app-secret)");
        }
        String form = "refresh_token=" + encode(stale.refreshToken()) + "&app_id=" + encode(settings.appId())
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
        Tokens renewed = new Tokens(access, refresh, clock.instant().plusSeconds(seconds));
        log.info("Zalo access token renewed; valid until {}", renewed.expiresAt());
        return renewed;
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
