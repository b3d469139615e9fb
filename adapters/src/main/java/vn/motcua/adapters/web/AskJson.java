package vn.motcua.adapters.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.adapters.web.AskController.AskRequest;
import vn.motcua.adapters.web.AskController.AskResponse;
import vn.motcua.adapters.web.AskController.AskResponse.RankedProcedure;

/**
 * The ask API's JSON by hand, for {@link PreparedJson}: the question read from the parser when it is
 * the usual {@code {"text": "..."}} (anything else is left to data binding), the answer written field
 * by field as data binding writes the record (its components in order, nulls written).
 *
 * <p>The answer text is most of the bytes: a procedure's reply for one section, 1-2 KB of Vietnamese,
 * each character escaped and encoded on every answer. The assistant keeps the reply it wrote for a
 * procedure record and section and hands the same string out again, so the text's quoted UTF-8 is kept
 * by the string's identity (never by its content, and never by the question): an edited procedure is
 * a new record, a new reply, a new string. Bounded (emptied when full); a text answered once (a dossier
 * status) costs one entry and is quoted once as before.
 */
final class AskJson implements PreparedJson.ByHand<AskRequest, AskResponse> {
    private static final SerializedString INTENT = new SerializedString("intent");
    private static final SerializedString PROCEDURES = new SerializedString("procedures");
    private static final SerializedString SECTION = new SerializedString("section");
    private static final SerializedString ANSWER = new SerializedString("answer");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NATIONAL_CODE = new SerializedString("nationalCode");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final int KEPT = 1024;
    /** Kept for a text the encoder would quote otherwise (see below): the generator writes it itself. */
    private static final SerializedString UNQUOTABLE = new SerializedString("");

    /**
     * Answers whose JSON must equal the mapper's before this is used: every field set, every field
     * null, no procedure, escapes and non-Latin text, whole and fractional scores, a lone surrogate.
     */
    static final List<AskResponse> ANSWER_SAMPLES = List.of(
            new AskResponse("procedure", List.of(
                    new RankedProcedure("ho-tich.khai-sinh", "1.001193", "Đăng ký khai sinh", 1.0),
                    new RankedProcedure("a\"b\\c", null, "tab\tnew\nline\u0001 \u2028 😀 <script>", 0.578)),
                    "documents", "Hồ sơ:\n1. Tờ khai \"mẫu\"\r\n/\u0000\u001f\u007f\u0080 😀 \u2028"),
            new AskResponse(null, null, null, null),
            new AskResponse("out_of_scope", List.of(), null, "Xin lỗi."),
            new AskResponse("procedure", List.of(new RankedProcedure(null, null, null, 0.0),
                    new RankedProcedure("x", "y", "z", Double.NaN), new RankedProcedure("x", "y", "z", 1e-7),
                    new RankedProcedure("x", "y", "z", 1234567.125)), "fees", ""),
            new AskResponse("help", List.of(), null, "lone \ud800 surrogate"));

    /**
     * Bodies whose reading must equal data binding's before this is used: the usual shape, a null text,
     * escapes, and shapes left to data binding (which must then read them as it always did).
     */
    static final List<String> REQUEST_SAMPLES = List.of("{\"text\":\"lệ phí khai sinh\"}", "{\"text\": null}",
            " {\n\"text\" : \"a\\\"b\\\\c\\u0111\\n😀\"\t}\r\n", "{\"text\":\"\"}", "{}", "{\"text\":5}",
            "{\"text\":\"a\",\"x\":1}", "{\"x\":1,\"text\":\"a\"}", "{\"text\":\"a\"} trailing", "{\"text\":\"a\"}{}",
            "{\"text\":\"a\",\"text\":\"b\"}");

    private final Map<Identity, SerializedString> quoted = new ConcurrentHashMap<>();

    /** {@code {"text": "..."}} or {@code {"text": null}} and nothing after it; null for any other body. */
    @Override
    public AskRequest read(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME
                || !"text".equals(json.currentName())) {
            return null;
        }
        JsonToken value = json.nextToken();
        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
            return null;
        }
        String text = value == JsonToken.VALUE_NULL ? null : json.getText();
        if (json.nextToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
            return null;
        }
        return new AskRequest(text);
    }

    @Override
    public void write(AskResponse r, JsonGenerator json) throws IOException {
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
        if (r.answer() == null) {
            json.writeNull();
        } else {
            SerializableString text = quoted(r.answer());
            if (text == UNQUOTABLE) {
                json.writeString(r.answer());
            } else {
                json.writeString(text);
            }
        }
        json.writeEndObject();
    }

    private static void string(String s, JsonGenerator json) throws IOException {
        if (s == null) {
            json.writeNull();
        } else {
            json.writeString(s);
        }
    }

    private SerializedString quoted(String text) {
        Identity key = new Identity(text);
        SerializedString known = quoted.get(key);
        if (known == null) {
            known = quotedAsTheGenerator(text);
            if (quoted.size() >= KEPT) {
                quoted.clear();
            }
            quoted.put(key, known);
        }
        return known;
    }

    /**
     * The text quoted by Jackson's string encoder, which escapes what the generator escapes except
     * outside the Basic Multilingual Plane: the generator writes a surrogate pair as two escaped code units,
     * the encoder as four UTF-8 bytes. A text with surrogates (an emoji) is left to the generator.
     */
    private static SerializedString quotedAsTheGenerator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return UNQUOTABLE;
            }
        }
        SerializedString quoted = new SerializedString(text);
        quoted.asQuotedUTF8(); // quoted now, once, rather than half-way into an answer
        return quoted;
    }

    /** A text compared by identity: the same reply handed out again, not an equal one. */
    private record Identity(String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.text == text;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(text);
        }
    }
}
