package vn.motcua.adapters.sms;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's own HTTP client with timeouts, sending to {@code api-url} instead of
 * api.twilio.com when one is set (a regional edge, a proxy, or a local fake in tests).
 */
class TwilioHttp extends NetworkHttpClient {
    private static final String TWILIO = "https://api.twilio.com";

    private final String base;

    TwilioHttp(String apiUrl) {
        super(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(15))
                        .build(),
                SocketConfig.custom().setSoTimeout(Timeout.ofSeconds(15)).build());
        this.base = apiUrl.replaceAll("/+$", "");
    }

    @Override
    public Response makeRequest(Request request) {
        if (base.equals(TWILIO)) {
            return super.makeRequest(request);
        }
        return super.makeRequest(rewritten(request));
    }

    private Request rewritten(Request original) {
        URI uri = URI.create(original.getUrl());
        Request copy = new Request(original.getMethod(), base + uri.getRawPath());
        copy.setAuth(original.getUsername(), original.getPassword());
        copy.setContentType(original.getContentType());
        if (original.getBody() != null) {
            copy.setBody(original.getBody());
        }
        copyInto(original.getQueryParams(), copy::addQueryParam);
        copyInto(original.getPostParams(), copy::addPostParam);
        copyInto(original.getHeaderParams(), copy::addHeaderParam);
        return copy;
    }

    private static void copyInto(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(v -> add.accept(name, v)));
    }
}
