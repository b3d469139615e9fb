package vn.motcua.knowledge.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The national records copied into test resources (from shared/reference/national-records). */
final class NationalRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NationalRecords() {
    }

    static Path folder() {
        try {
            return Path.of(NationalRecords.class.getResource("/national-records").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "1.001193"} or {@code "other/1.010727"}. */
    static Path file(String name) {
        return folder().resolve(name + ".json");
    }

    static ObjectNode json(String name) {
        try {
            return (ObjectNode) JSON.readTree(file(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationalRecord record(String name) {
        return NationalRecord.of(json(name));
    }

    static NationalRecord record(JsonNode json) {
        return NationalRecord.of(json);
    }
}
