package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The part of a procedure a question asks about. */
public enum ProcedureSection {
    DOCUMENTS("Thành phần hồ sơ"),
    FEES("Phí, lệ phí"),
    TIME("Thời hạn giải quyết"),
    PLACE("Nơi nộp hồ sơ"),
    STEPS("Trình tự thực hiện"),
    REQUIREMENTS("Yêu cầu, điều kiện"),
    RESULT("Kết quả"),
    ONLINE("Nộp trực tuyến"),
    GENERAL("Tổng quan");

    private final String title;

    ProcedureSection(String title) {
        this.title = title;
    }

    /** The Vietnamese heading citizens see. */
    public String title() {
        return title;
    }

    /** The lowercase name used in the API and seed files. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProcedureSection fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("unknown section: " + key));
    }

    public static Optional<ProcedureSection> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ProcedureSection s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
