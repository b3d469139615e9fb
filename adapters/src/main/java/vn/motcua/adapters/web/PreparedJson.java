package vn.motcua.adapters.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * <p>The JSON may also be read and written {@link ByHand}, on the mapper's own parser and generator
 * (same escaping, numbers and indentation) without data binding's per-call context, serializer and
 * property look-ups. Each side is used only if, on sample bodies and answers, it reads and writes
 * exactly what data binding does; a mapper configured otherwise (say, leaving nulls out) keeps data
 * binding. A body the hand reading does not take (another shape, malformed) goes to data binding.
 */
final class PreparedJson<I, O> {
    static final String MALFORMED = "Nội dung gửi lên không phải JSON hợp lệ. "
            + "Ví dụ: {\"text\": \"đăng ký khai sinh cần giấy tờ gì\"}";

    /** A request read and an answer written by hand, as the mapper's data binding reads and writes them. */
    interface ByHand<I, O> {
        /** The request, from a parser at the start of the body; null to leave this body to data binding. */
        I read(JsonParser json) throws IOException;

        /** The answer's fields, on a generator set up as the mapper sets it up. */
        void write(O answer, JsonGenerator json) throws IOException;
    }

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final ByHand<I, O> reading;
    private final ByHand<I, O> writing;
    private final int maxBytes;

    PreparedJson(ObjectMapper json, Class<I> request, Class<O> response, int maxBytes) {
        this(json, request, response, maxBytes, null, List.of(), List.of());
    }

    /**
     * With the JSON read and written by hand: reading only if it reads every one of {@code bodies} it
     * takes as data binding does, writing only if it writes every one of {@code answers} as the mapper does.
     */
    PreparedJson(ObjectMapper json, Class<I> request, Class<O> response, int maxBytes, ByHand<I, O> byHand,
            List<String> bodies, List<O> answers) {
        this.reader = json.readerFor(request);
        this.writer = json.writerFor(response);
        this.maxBytes = maxBytes;
        this.reading = byHand != null && readsAsTheMapper(byHand, bodies) ? byHand : null;
        this.writing = byHand != null && writesAsTheMapper(byHand, answers) ? byHand : null;
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
        I read = reading == null ? null : byHand(reading, bytes);
        if (read != null) {
            return read;
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

    /** Whether requests are read by hand (those of the usual shape) rather than all by data binding. */
    boolean readsByHand() {
        return reading != null;
    }

    /** Whether answers are written by hand rather than by data binding. */
    boolean writesByHand() {
        return writing != null;
    }

    /** The answer's JSON in UTF-8. */
    byte[] bytes(O answer) throws IOException {
        return writing == null ? writer.writeValueAsBytes(answer) : byHand(writing, answer);
    }

    /** The request read by hand from the mapper's own parser, or null when it leaves the body to data binding. */
    private I byHand(ByHand<I, O> hand, byte[] body) {
        try (JsonParser json = reader.createParser(body)) {
            return hand.read(json);
        } catch (IOException | RuntimeException e) {
            return null; // malformed: data binding says so as it always did
        }
    }

    private boolean readsAsTheMapper(ByHand<I, O> hand, List<String> bodies) {
        if (bodies.isEmpty()) {
            return false;
        }
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            I read = byHand(hand, bytes);
            try {
                if (read != null && !read.equals(reader.readValue(bytes))) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    /** As {@link ObjectWriter#writeValueAsBytes}, with the fields written by hand. */
    private byte[] byHand(ByHand<I, O> hand, O answer) throws IOException {
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

    private boolean writesAsTheMapper(ByHand<I, O> hand, List<O> samples) {
        if (samples.isEmpty()) {
            return false;
        }
        try {
            for (O sample : samples) {
                if (!Arrays.equals(byHand(hand, sample), writer.writeValueAsBytes(sample))) {
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
