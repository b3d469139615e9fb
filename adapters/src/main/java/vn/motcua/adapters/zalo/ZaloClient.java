package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import vn.motcua.adapters.zalo.ZaloTokens.ZaloUnavailable;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.delivery.SendResult;

/**
 * The one call the assistant needs from the OA API: a customer-service text message
 * ({@code POST /v3.0/oa/message/cs}). An expired token (-216) is renewed and the call made once more.
 * While the token store cannot be reached (Redis down), sends wait in the outbox and are tried again.
 */
class ZaloClient {
    private static final Set<Integer> TOKEN_REJECTED = Set.of(-216, -124);
    /** Zalo's "too many requests" family: worth waiting for. */
    private static final Set<Integer> THROTTLED = Set.of(-32, -33);

    static final Duration STORE_RETRY = Duration.ofSeconds(5);

    private final String messageUrl;
    private final ZaloTokens tokens;
    private final HttpClient http;
    private final ObjectMapper json;

    ZaloClient(String apiUrl, ZaloTokens tokens, HttpClient http, ObjectMapper json) {
        this.messageUrl = ZaloTokens.base(apiUrl) + "/v3.0/oa/message/cs";
        this.tokens = tokens;
        this.http = http;
        this.json = json;
    }

    SendResult sendText(String userId, String text) {
        try {
            String token = tokens.current();
            Outcome first = post(token, userId, text);
            if (first.error() != null && TOKEN_REJECTED.contains(first.error())) {
                return post(tokens.renewAfterRejection(token), userId, text).result();
            }
            return first.result();
        } catch (ZaloUnavailable e) {
            return new SendResult.RetryLater(Duration.ofSeconds(30), e.getMessage());
        } catch (StoreUnavailable e) {
            return new SendResult.RetryLater(STORE_RETRY, e.getMessage());
        } catch (IOException e) {
            return new SendResult.RetryLater(Duration.ZERO, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.RetryLater(Duration.ZERO, "interrupted");
        }
    }

    private Outcome post(String token, String userId, String text) throws IOException, InterruptedException {
        byte[] body = json.writeValueAsBytes(Map.of("recipient", Map.of("user_id", userId), "message", Map.of("text", text)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(messageUrl))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("access_token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            Duration after = response.headers().firstValue("Retry-After").map(ZaloClient::seconds).orElse(Duration.ZERO);
            return new Outcome(null, new SendResult.RetryLater(after, "HTTP " + status));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            return new Outcome(null, new SendResult.RetryLater(Duration.ZERO, "HTTP " + status + ", unreadable answer"));
        }
        int error = answer.path("error").asInt(status == 200 ? 0 : Integer.MIN_VALUE);
        if (error == 0) {
            return new Outcome(0, SendResult.SENT);
        }
        String reason = "Zalo error " + error + ": " + answer.path("message").asText("");
        if (THROTTLED.contains(error)) {
            return new Outcome(error, new SendResult.RetryLater(Duration.ofSeconds(60), reason));
        }
        if (TOKEN_REJECTED.contains(error)) {
            return new Outcome(error, new SendResult.RetryLater(Duration.ofSeconds(30), reason));
        }
        return new Outcome(error, new SendResult.Undeliverable(reason));
    }

    private static Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private record Outcome(Integer error, SendResult result) {
    }
}
