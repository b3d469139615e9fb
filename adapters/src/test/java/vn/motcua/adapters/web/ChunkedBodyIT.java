package vn.motcua.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies sent without a length (chunked), over real HTTP: a small one is answered; one past the 64 KB
 * bound is refused with 413 on the ask and chat APIs alike, however it is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assistant.data-dir=target/test-data/chunked-body")
class ChunkedBodyIT {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> postChunked(String path, String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                // a supplier of a stream: the client cannot know the length and sends the body chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_small_chunked_question_is_answered() throws Exception {
        HttpResponse<String> ask = postChunked("/api/v1/ask", "{\"text\": \"lệ phí đăng ký kết hôn\"}");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("\"intent\":\"procedure\"");
        HttpResponse<String> chat = postChunked("/api/v1/chat", "{\"text\": \"xin chào\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_past_the_bound_is_refused_with_413() throws Exception {
        String huge = "{\"text\": \"" + "x".repeat(200_000) + "\"}";
        for (String path : new String[] {"/api/v1/ask", "/api/v1/chat"}) {
            HttpResponse<String> response = postChunked(path, huge);
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.body()).as(path).contains("\"error\":\"body_too_large\"");
        }
    }
}
