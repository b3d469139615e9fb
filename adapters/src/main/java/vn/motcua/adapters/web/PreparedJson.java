package vn.motcua.adapters.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * Reads a request body and writes its answer with readers and writers prepared once, instead of
 * through Spring's message conversion. The ask API is the hot path of the public API: generic
 * conversion copied every request header into a new {@code HttpHeaders}, looked converters up by
 * type for the body and for the answer, and flushed the answer half-way, which sent it as a chunked
 * response in two socket writes. Here the body is read into one array, never past the bound
 * {@link RequestSizeLimit} also enforces, and the answer goes out in one write with its length. The
 * application's {@code ObjectMapper} does both, so the JSON is what it was.
 *
 * <p>An answer type may come with its {@link Fields}, written by hand on the mapper's own generator
 * (same escaping, numbers and indentation) without the per-answer serializer provider and property
 * look-ups of data binding. They are used only if, on sample answers, they write exactly what the
 * mapper writes; a mapper configured otherwise (say, leaving nulls out) keeps data binding.
 */
final class PreparedJson<I, O> {
    static final String MALFORMED = "Nội dung gửi lên không phải JSON hợp lệ. "
            + "Ví dụ: {\"text\": \"đăng ký khai sinh cần giấy tờ gì\"}";

    /** An answer's JSON written field by field, as the mapper would write it. */
    interface Fields<O> {
        void write(O answer, JsonGenerator json) throws IOException;
    }

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final Fields<O> fields;
    private final int maxBytes;

    PreparedJson(ObjectMapper json, Class<I> request, Class<O> response, int maxBytes) {
        this(json, request, response, maxBytes, null, List.of());
    }

    /** With hand-written {@code fields}, used only if they write every one of {@code samples} as the mapper does. */
    PreparedJson(ObjectMapper json, Class<I> request, Class<O> response, int maxBytes, Fields<O> fields,
            List<O> samples) {
        this.reader = json.readerFor(request);
        this.writer = json.writerFor(response);
        this.maxBytes = maxBytes;
        this.fields = fields != null && writesAsTheMapper(fields, samples) ? fields : null;
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
        byte[] bytes = bytes(answer);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether the answers are written by the hand-written fields rather than by data binding. */
    boolean byFields() {
        return fields != null;
    }

    /** The answer's JSON in UTF-8. */
    byte[] bytes(O answer) throws IOException {
        return fields == null ? writer.writeValueAsBytes(answer) : byFields(fields, answer);
    }

    /** As {@link ObjectWriter#writeValueAsBytes}, with the fields in place of the answer's serializer. */
    private byte[] byFields(Fields<O> hand, O answer) throws IOException {
        BufferRecycler recycler = writer.getFactory()._getBufferRecycler();
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator json = writer.createGenerator(bytes, JsonEncoding.UTF8)) {
                hand.write(answer, json);
            }
            return bytes.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    private boolean writesAsTheMapper(Fields<O> hand, List<O> samples) {
        if (samples.isEmpty()) {
            return false;
        }
        try {
            for (O sample : samples) {
                if (!Arrays.equals(byFields(hand, sample), writer.writeValueAsBytes(sample))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
