package vn.motcua.adapters.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.answering.Answer;
import vn.motcua.knowledge.search.SearchHit;

/** {@code POST /api/v1/ask}: one question in, one answer out, no conversation state. */
@RestController
class AskController {
    private final Assistant assistant;
    private final PreparedJson<AskRequest, AskResponse> json;

    AskController(Assistant assistant, ObjectMapper json) {
        this.assistant = assistant;
        this.json = new PreparedJson<>(json, AskRequest.class, AskResponse.class, (int) RequestSizeLimit.MAX_BYTES,
                AskResponse::write, AskResponse.SAMPLES);
    }

    @PostMapping(path = "/api/v1/ask", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    void ask(HttpServletRequest request, HttpServletResponse response) throws IOException {
        json.write(answer(json.read(request.getInputStream())), response);
    }

    private AskResponse answer(AskRequest request) {
        String text = UserText.clean(request == null ? null : request.text());
        Answer answer = assistant.ask(text);
        float top = answer.procedures().isEmpty() ? 1f : answer.procedures().get(0).score();
        List<SearchHit> hits = answer.procedures();
        AskResponse.RankedProcedure[] procedures = new AskResponse.RankedProcedure[Math.min(5, hits.size())];
        for (int i = 0; i < procedures.length; i++) {
            procedures[i] = ranked(hits.get(i), top);
        }
        return new AskResponse(answer.intent().key(), Arrays.asList(procedures),
                answer.section() == null ? null : answer.section().key(), answer.text());
    }

    private static AskResponse.RankedProcedure ranked(SearchHit hit, float top) {
        var p = hit.procedure();
        // scores relative to the best match: Lucene's raw scores have no fixed scale
        double score = Math.round(hit.score() / top * 1000) / 1000.0;
        return new AskResponse.RankedProcedure(p.publicId(), p.nationalCode(), p.name(), score);
    }

    record AskRequest(String text) {
    }

    record AskResponse(String intent, List<RankedProcedure> procedures, String section, String answer) {
        record RankedProcedure(String id, String nationalCode, String name, double score) {
        }

        private static final SerializedString INTENT = new SerializedString("intent");
        private static final SerializedString PROCEDURES = new SerializedString("procedures");
        private static final SerializedString SECTION = new SerializedString("section");
        private static final SerializedString ANSWER = new SerializedString("answer");
        private static final SerializedString ID = new SerializedString("id");
        private static final SerializedString NATIONAL_CODE = new SerializedString("nationalCode");
        private static final SerializedString NAME = new SerializedString("name");
        private static final SerializedString SCORE = new SerializedString("score");

        /**
         * Answers whose JSON {@link #write} must equal the mapper's before it is used: every field set,
         * every field null, no procedure, escapes and non-Latin text, whole and fractional scores.
         */
        static final List<AskResponse> SAMPLES = List.of(
                new AskResponse("procedure", List.of(
                        new RankedProcedure("ho-tich.khai-sinh", "1.001193", "Đăng ký khai sinh", 1.0),
                        new RankedProcedure("a\"b\\c", null, "tab\tnew\nline\u0001 \u2028 😀 <script>", 0.578)),
                        "documents", "Hồ sơ:\n1. Tờ khai \"mẫu\"\r\n/"),
                new AskResponse(null, null, null, null),
                new AskResponse("out_of_scope", List.of(), null, "Xin lỗi."),
                new AskResponse("procedure", List.of(new RankedProcedure(null, null, null, 0.0),
                        new RankedProcedure("x", "y", "z", Double.NaN), new RankedProcedure("x", "y", "z", 1e-7),
                        new RankedProcedure("x", "y", "z", 1234567.125)), "fees", ""));

        /** The JSON data binding writes for this record (its components in order, nulls written). */
        static void write(AskResponse r, JsonGenerator json) throws IOException {
            json.writeStartObject(r);
            json.writeFieldName(INTENT);
            string(r.intent(), json);
            json.writeFieldName(PROCEDURES);
            if (r.procedures() == null) {
                json.writeNull();
            } else {
                json.writeStartArray(r.procedures(), r.procedures().size());
                for (RankedProcedure p : r.procedures()) {
                    json.writeStartObject(p);
                    json.writeFieldName(ID);
                    string(p.id(), json);
                    json.writeFieldName(NATIONAL_CODE);
                    string(p.nationalCode(), json);
                    json.writeFieldName(NAME);
                    string(p.name(), json);
                    json.writeFieldName(SCORE);
                    json.writeNumber(p.score());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeFieldName(SECTION);
            string(r.section(), json);
            json.writeFieldName(ANSWER);
            string(r.answer(), json);
            json.writeEndObject();
        }

        private static void string(String s, JsonGenerator json) throws IOException {
            if (s == null) {
                json.writeNull();
            } else {
                json.writeString(s);
            }
        }
    }
}
