package vn.motcua.bot.message;

import java.util.List;

/**
 * One message back to the citizen: text, options they can pick, and links. Each channel renders it
 * in its own way; one without buttons shows the options as numbered text. {@code takesFeedback} marks
 * an answer the citizen may rate 👍/👎: channels with buttons show them (sending back
 * {@link #FEEDBACK_UP} or {@link #FEEDBACK_DOWN}); the others leave them out rather than clutter a
 * numbered list.
 */
public record Reply(String text, List<Option> options, List<Link> links, boolean takesFeedback) {
    public static final String FEEDBACK_UP = "fb:up";
    public static final String FEEDBACK_DOWN = "fb:down";

    public Reply {
        text = text == null ? "" : text;
        options = options == null ? List.of() : List.copyOf(options);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Reply(String text, List<Option> options, List<Link> links) {
        this(text, options, links, false);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of());
    }

    public static Reply withOptions(String text, List<Option> options) {
        return new Reply(text, options, List.of());
    }

    /** Something the citizen can pick; sending {@code value} back as text picks it. */
    public record Option(String label, String value) {
    }

    /** A link shown with the reply, e.g. the official record of a procedure. */
    public record Link(String label, String url) {
    }
}
