package vn.motcua.bot.inbox;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/** How staff closed an inbox question: by whom, when, and what they changed. */
public record Resolution(Kind kind, String procedureId, String detail, String by, Instant at) {

    public enum Kind {
        /** The question became an example phrase of a procedure. */
        EXAMPLE,
        /** A phrase of the question became a synonym. */
        SYNONYM,
        /** Nothing to fix (spam, a question for another office...). */
        DISMISSED;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
