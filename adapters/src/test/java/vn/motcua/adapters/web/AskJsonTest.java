package vn.motcua.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import vn.motcua.adapters.web.AskController.AskRequest;
import vn.motcua.adapters.web.AskController.AskResponse;
import vn.motcua.adapters.web.AskController.AskResponse.RankedProcedure;

/** The ask API's JSON read and written by hand against what data binding reads and writes. */
class AskJsonTest {
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶỲỶỸÝỴđĐ \"\\/\n\r\t\b\f\u0000\u0001\u001f"
            + "\u007f\u0080\u00a0\u2028\u2029\ud83d\ude00\ud800<>&'=:,{}[]0123456789.,-";

    private static PreparedJson<AskRequest, AskResponse> prepared(ObjectMapper mapper) {
        return new PreparedJson<>(mapper, AskRequest.class, AskResponse.class, 64 * 1024, new AskJson(),
                AskJson.REQUEST_SAMPLES, AskJson.ANSWER_SAMPLES);
    }

    @Test
    void writes_every_answer_as_the_mappers_data_binding_does() throws Exception {
        // the application's mapper is Spring Boot's; a bare one too, to hold the record's own shape
        for (ObjectMapper mapper : List.of(Jackson2ObjectMapperBuilder.json().build(), new ObjectMapper())) {
            PreparedJson<AskRequest, AskResponse> json = prepared(mapper);
            assertThat(json.writesByHand()).isTrue();
            Random random = new Random(7);
            for (int i = 0; i < 5_000; i++) {
                AskResponse answer = answer(random);
                byte[] expected = mapper.writeValueAsBytes(answer);
                assertThat(json.bytes(answer)).as("answer %d", i).isEqualTo(expected);
                // the same text again, as the assistant hands a kept reply out: its quoted form is reused
                assertThat(json.bytes(answer)).as("answer %d again", i).isEqualTo(expected);
            }
            for (AskResponse sample : AskJson.ANSWER_SAMPLES) {
                assertThat(json.bytes(sample)).isEqualTo(mapper.writeValueAsBytes(sample));
            }
        }
    }

    @Test
    void a_mapper_configured_otherwise_keeps_data_binding() throws Exception {
        List<ObjectMapper> others = List.of(
                new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL),
                new ObjectMapper().setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
        for (ObjectMapper mapper : others) {
            PreparedJson<AskRequest, AskResponse> json = prepared(mapper);
            assertThat(json.writesByHand()).isFalse();
            AskResponse sample = AskJson.ANSWER_SAMPLES.get(0);
            assertThat(json.bytes(sample)).isEqualTo(mapper.writeValueAsBytes(sample));
        }
        // indentation is the generator's own, so the hand-written fields follow it
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        PreparedJson<AskRequest, AskResponse> json = prepared(indenting);
        assertThat(json.writesByHand()).isTrue();
        assertThat(json.bytes(AskJson.ANSWER_SAMPLES.get(0))).isEqualTo(indenting.writeValueAsBytes(AskJson.ANSWER_SAMPLES.get(0)));
    }

    @Test
    void reads_every_body_as_data_binding_does() throws Exception {
        for (ObjectMapper mapper : List.of(Jackson2ObjectMapperBuilder.json().build(), new ObjectMapper())) {
            PreparedJson<AskRequest, AskResponse> json = prepared(mapper);
            assertThat(json.readsByHand()).isTrue();
            PreparedJson<AskRequest, AskResponse> bound = new PreparedJson<>(mapper, AskRequest.class,
                    AskResponse.class, 64 * 1024);
            Random random = new Random(11);
            List<String> bodies = new ArrayList<>(AskJson.REQUEST_SAMPLES);
            bodies.addAll(List.of("", " ", "[\"lệ phí\"]", "{\"text\": ", "\"lệ phí\"", "null", "{\"text\":[1]}",
                    "{\"text\":{\"a\":1}}", "{\"text\":true}", "{\"text\":\"a\",}", "{'text':'a'}", "{text:\"a\"}",
                    "\uFEFF{\"text\":\"a\"}", "{\"text\":\"\\ud800\"}", "{\"text\":\"a\u0001b\"}"));
            for (int i = 0; i < 5_000; i++) {
                String text = text(random);
                String body = "{\"text\":" + (text == null ? "null" : quoted(text)) + "}";
                bodies.add(random.nextInt(4) == 0 ? mangled(random, body) : body);
            }
            int byHand = 0;
            for (String body : bodies) {
                byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Object expected = outcome(() -> bound.read(new java.io.ByteArrayInputStream(bytes)));
                assertThat(outcome(() -> json.read(new java.io.ByteArrayInputStream(bytes)))).as(body).isEqualTo(expected);
                byHand += expected instanceof AskRequest ? 1 : 0;
            }
            assertThat(byHand).isGreaterThan(3_500);
        }
    }

    private interface Read {
        AskRequest read() throws Exception;
    }

    /** The request read, or what was thrown (its class and, for a bad request, its code). */
    private static Object outcome(Read read) {
        try {
            return read.read();
        } catch (BadRequestException e) {
            return "bad request " + e.code();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    /** JSON text as any writer could quote it: each character escaped or not, at random. */
    private static String quoted(String text) {
        Random random = new Random(text.hashCode());
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || random.nextInt(20) == 0) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** A body cut, padded, given another field or a trailing part: shapes the hand reading must leave alone. */
    private static String mangled(Random random, String body) {
        return switch (random.nextInt(6)) {
            case 0 -> body.substring(0, random.nextInt(body.length()));
            case 1 -> " \r\n\t" + body + " \n";
            case 2 -> body.replace("{\"text\":", "{\"other\":1,\"text\":");
            case 3 -> body + (random.nextBoolean() ? "{}" : " x");
            case 4 -> body.replace("}", ",\"text\":\"again\"}");
            default -> body.replace("\"text\"", "\"Text\"");
        };
    }

    private static AskResponse answer(Random random) {
        List<RankedProcedure> procedures = null;
        if (random.nextInt(10) > 0) {
            procedures = new ArrayList<>();
            int n = random.nextInt(6);
            float top = random.nextFloat() * 30;
            for (int i = 0; i < n; i++) {
                // scores as the controller rounds them, and now and then any double at all
                double score = random.nextInt(8) == 0 ? Double.longBitsToDouble(random.nextLong())
                        : Math.round(random.nextFloat() * 30 / top * 1000) / 1000.0;
                procedures.add(new RankedProcedure(text(random), text(random), text(random), score));
            }
        }
        return new AskResponse(text(random), procedures, text(random), text(random));
    }

    private static String text(Random random) {
        if (random.nextInt(12) == 0) {
            return null;
        }
        int length = random.nextInt(5) == 0 ? random.nextInt(3000) : random.nextInt(40);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(50) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
