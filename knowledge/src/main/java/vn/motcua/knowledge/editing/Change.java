package vn.motcua.knowledge.editing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a revision did to its procedure. */
public enum Change {
    /** The procedure as it stood before its first recorded edit (from the seeds or an import). */
    BASELINE,
    CREATED,
    EDITED,
    RESTORED,
    /** Written by an import of national records. */
    IMPORTED,
    DELETED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
