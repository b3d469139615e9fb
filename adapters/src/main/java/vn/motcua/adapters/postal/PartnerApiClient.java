package vn.motcua.adapters.postal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends one order to the postal partner API: {@code POST {base-url}/orders} with a bearer key and
 * an {@code Idempotency-Key} (the booking reference), so an order resent after a lost answer is not
 * taken twice. 2xx and 409 (already have it) mean accepted; other 4xx except 401/403/408/429 mean
 * the order itself is refused; everything else is worth retrying.
 */
class PartnerApiClient {
    private final RestClient http;
    private final ObjectMapper json;

    PartnerApiClient(PostalSettings.Partner partner, ObjectMapper json) {
        this.json = json;
        // HTTP/1.1: partner gateways rarely speak HTTP/2, and an h2c upgrade can lose a POST body
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(partner.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(partner.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(partner.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + (partner.apiKey() == null ? "" : partner.apiKey()))
                .build();
    }

    Delivery send(PostalOrder order) {
        try {
            String answer = http.post().uri("/orders")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", order.clientReference())
                    .body(order)
                    .retrieve()
                    .body(String.class);
            // any 2xx means the post office has the order, whatever (or however typed) the body is
            return new Delivery.Accepted(waybill(answer));
        } catch (RestClientResponseException e) {
            return refusal(e.getStatusCode(), e.getResponseBodyAsString());
        } catch (RestClientException e) {
            return new Delivery.Unavailable(e.getMessage());
        }
    }

    private static Delivery refusal(HttpStatusCode status, String body) {
        int code = status.value();
        if (code == 409) {
            return new Delivery.Accepted(null);
        }
        boolean retry = status.is5xxServerError() || code == 401 || code == 403 || code == 408 || code == 429;
        String reason = "HTTP " + code + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
        return retry ? new Delivery.Unavailable(reason) : new Delivery.Rejected(reason);
    }

    private String waybill(String body) {
        JsonNode answer;
        try {
            answer = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
        if (answer == null || !answer.isObject()) {
            return null;
        }
        for (String field : new String[] {"waybill", "trackingNumber", "itemCode"}) {
            if (answer.hasNonNull(field)) {
                return answer.get(field).asText();
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
