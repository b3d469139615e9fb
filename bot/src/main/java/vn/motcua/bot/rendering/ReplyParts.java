package vn.motcua.bot.rendering;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.message.Reply;

/**
 * A reply too long for one message of a channel, as several messages to send in order: the text is
 * split at paragraph or line breaks, else after a sentence, else between words (never inside a word
 * or a URL), and the options, links and feedback buttons go with the last part only. Only the
 * whitespace at a split is dropped: the parts joined again give the whole text, source line included.
 */
public final class ReplyParts {

    private ReplyParts() {
    }

    /**
     * The reply as messages whose text holds at most {@code maxText} characters; the last part's text
     * leaves {@code lastTail} characters free for what the channel appends to it (option lines, links).
     */
    public static List<Reply> split(Reply reply, int maxText, int lastTail) {
        List<String> texts = new ArrayList<>(split(reply.text(), maxText));
        int room = maxText - lastTail;
        String last = texts.get(texts.size() - 1);
        if (last.length() > room && room > 0) {
            texts.remove(texts.size() - 1);
            texts.addAll(split(last, room));
        }
        if (texts.size() == 1) {
            return List.of(reply);
        }
        List<Reply> parts = new ArrayList<>();
        for (int i = 0; i < texts.size() - 1; i++) {
            parts.add(Reply.text(texts.get(i)));
        }
        parts.add(new Reply(texts.get(texts.size() - 1), reply.options(), reply.links(), reply.takesFeedback()));
        return parts;
    }

    /** The text in pieces of at most {@code max} characters, split where a reader would pause. */
    public static List<String> split(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a part holds at least one character");
        }
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cut(rest, max);
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /**
     * Where to end the first part of {@code text} (longer than {@code max}): a paragraph break, a line
     * break or a sentence end in the second half of the room, so that no part is needlessly short;
     * else the last space; else (one word or URL longer than a message) at {@code max}, never
     * between the two halves of a surrogate pair.
     */
    static int cut(String text, int max) {
        int half = max / 2;
        int paragraph = text.lastIndexOf("\n\n", max);
        if (paragraph >= half) {
            return paragraph;
        }
        int line = text.lastIndexOf('\n', max);
        if (line >= half) {
            return line;
        }
        for (int i = max; i >= Math.max(half, 1); i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".?!…".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        for (int i = max; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return max > 1 && Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }
}
