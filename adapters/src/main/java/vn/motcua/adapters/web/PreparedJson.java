package vn.motcua.adapters.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;

/**
 * Reads a request body and writes its answer with readers and writers prepared once, instead of
 * through Spring's message conversion. The ask API is the hot path of the public API: generic
 * conversion copied every request header into a new {@code HttpHeaders}, looked converters up by
 * type for the body and for the answer, and flushed the answer half-way, which sent it as a chunked
 * response in two socket writes. Here the body is read into one array, never past the bound
 * {@link RequestSizeLimit} also enforces, and the answer goes out in one write with its length. The application's {@code ObjectMapper} does both, so the JSON is what it was.
 */
final class PreparedJson<I, O> {
    static final String MALFORMED = "Nội dung gửi lên không phải JSON hợp lệ. "
            + "Ví dụ: {\"text\": \"đăng ký khai sinh cần giấy tờ gì\"}";

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final int maxBytes;

    PreparedJson(ObjectMapper json, Class<I> request, Class<O> response, int maxBytes) {
        this.reader = json.readerFor(request);
        this.writer = json.writerFor(response);
        this.maxBytes = maxBytes;
    }

    /** The request in {@code body}, or null when the body is empty. */
    I read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new RequestSizeLimit.BodyTooLargeException();
        }
        if (isBlank(bytes)) {
            return null;
        }
        try {
            return reader.readValue(bytes);
        } catch (JacksonException e) {
            throw new BadRequestException("malformed_json", MALFORMED);
        }
    }

    void write(O answer, HttpServletResponse response) throws IOException {
        byte[] bytes = writer.writeValueAsBytes(answer);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
