package vn.motcua.bot.rendering;

import vn.motcua.bot.message.Reply;

/**
 * Shapes a reply for SMS: numbered options, unaccented unless the installation wants diacritics, and
 * shortened at a word boundary to a few segments. The options are kept whole: they are how the
 * citizen goes on, while the full answer is one question away on the other channels.
 */
public final class ShortMessage {
    private static final String CUT = "...";

    private final int maxSegments;
    private final boolean accented;

    public ShortMessage(int maxSegments, boolean accented) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be at least 1");
        }
        this.maxSegments = maxSegments;
        this.accented = accented;
    }

    public String shape(Reply reply) {
        String body = compact(reply.text());
        String options = NumberedOptions.optionLines(reply.options()).replace("\n\n", "\n");
        if (!accented) {
            body = Unaccented.of(body);
            options = Unaccented.of(options);
        }
        if (SmsText.segments(body + options) <= maxSegments) {
            return body + options;
        }
        return shorten(body, options);
    }

    private String shorten(String body, String options) {
        String kept = body;
        while (!kept.isEmpty() && SmsText.segments(kept + CUT + options) > maxSegments) {
            int space = kept.lastIndexOf(' ', kept.length() - 2);
            kept = space > 0 ? kept.substring(0, space).stripTrailing() : "";
        }
        if (kept.isEmpty()) {
            // even the options do not fit: cut them too rather than send more segments than allowed
            return hardCut(body + options);
        }
        return kept + CUT + options;
    }

    private String hardCut(String text) {
        String kept = text;
        while (kept.length() > 1 && SmsText.segments(kept + CUT) > maxSegments) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.stripTrailing() + CUT;
    }

    /** Blank lines and runs of spaces cost segments and show poorly on small screens. */
    private static String compact(String text) {
        return text.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }
}
