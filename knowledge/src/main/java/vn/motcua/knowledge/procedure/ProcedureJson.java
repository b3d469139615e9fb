package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads and writes the procedure JSON document (seed files, stored edits, admin API). */
public final class ProcedureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ProcedureJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses one procedure; a syntax or type error names the offending field where Jackson knows it. */
    public static Procedure read(InputStream in) throws InvalidProcedureException {
        try {
            return MAPPER.readValue(in, Procedure.class);
        } catch (JsonProcessingException e) {
            throw new InvalidProcedureException(fieldOf(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Procedure read(String json) throws InvalidProcedureException {
        try {
            return MAPPER.readValue(json, Procedure.class);
        } catch (JsonProcessingException e) {
            throw new InvalidProcedureException(fieldOf(e), e.getOriginalMessage());
        }
    }

    public static String write(Procedure procedure) {
        try {
            return MAPPER.writeValueAsString(procedure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("procedure not serialisable: " + procedure.id(), e);
        }
    }

    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "(document)";
    }
}
