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

/** The ask answer's hand-written JSON against what data binding writes for the same record. */
class AskResponseJsonTest {
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶỲỶỸÝỴđĐ \"\\/\n\r\t\b\f\u0000\u0001\u001f"
            + "\u007f\u0080\u00a0\u2028\u2029\ud83d\ude00\ud800<>&'=:,{}[]0123456789.,-";

    private static PreparedJson<AskRequest, AskResponse> prepared(ObjectMapper mapper) {
        return new PreparedJson<>(mapper, AskRequest.class, AskResponse.class, 64, new AskResponseJson(),
                AskResponseJson.SAMPLES);
    }

    @Test
    void writes_every_answer_as_the_mappers_data_binding_does() throws Exception {
        // the application's mapper is Spring Boot's; a bare one too, to hold the record's own shape
        for (ObjectMapper mapper : List.of(Jackson2ObjectMapperBuilder.json().build(), new ObjectMapper())) {
            PreparedJson<AskRequest, AskResponse> json = prepared(mapper);
            assertThat(json.byFields()).isTrue();
            Random random = new Random(7);
            for (int i = 0; i < 20_000; i++) {
                AskResponse answer = answer(random);
                byte[] expected = mapper.writeValueAsBytes(answer);
                assertThat(json.bytes(answer)).as("answer %d", i).isEqualTo(expected);
                // the same text again, as the assistant hands a kept reply out: its quoted form is reused
                assertThat(json.bytes(answer)).as("answer %d again", i).isEqualTo(expected);
            }
            for (AskResponse sample : AskResponseJson.SAMPLES) {
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
            assertThat(json.byFields()).isFalse();
            AskResponse sample = AskResponseJson.SAMPLES.get(0);
            assertThat(json.bytes(sample)).isEqualTo(mapper.writeValueAsBytes(sample));
        }
        // indentation is the generator's own, so the hand-written fields follow it
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        PreparedJson<AskRequest, AskResponse> json = prepared(indenting);
        assertThat(json.byFields()).isTrue();
        assertThat(json.bytes(AskResponseJson.SAMPLES.get(0))).isEqualTo(indenting.writeValueAsBytes(AskResponseJson.SAMPLES.get(0)));
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
