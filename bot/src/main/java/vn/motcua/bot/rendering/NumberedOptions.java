package vn.motcua.bot.rendering;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;

/**
 * The fallback for channels without buttons: options become numbered lines, and a citizen answers with
 * the number. {@link OfferedOptions} remembers what a number meant.
 */
public final class NumberedOptions {
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,2})\\s*[.)]?\\s*");

    private NumberedOptions() {
    }

    /** The reply's text followed by its options as "1. label" lines and a hint on how to pick. */
    public static String render(Reply reply) {
        return reply.text() + optionLines(reply.options());
    }

    /** Only the option lines (with a leading blank line), or nothing when there are no options. */
    public static String optionLines(List<Option> options) {
        if (options.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n");
        for (int i = 0; i < options.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(options.get(i).label());
        }
        return text.append("\nNhắn số (1-").append(options.size()).append(") để chọn.").toString();
    }

    /** The number a citizen typed to pick an option ("2", " 2. "), if the message is just that. */
    public static Optional<Integer> choice(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 1 ? Optional.of(n) : Optional.empty();
    }
}
