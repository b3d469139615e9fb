package vn.motcua.knowledge.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the national portal publishes it, made fit to show a citizen: NFC normalised (500 records
 * carry decomposed accents), no-break spaces and tabs as plain spaces, hard line breaks inside a
 * sentence joined, and the placeholder "Không có thông tin" read as nothing.
 */
final class PortalText {
    static final String PLACEHOLDER = "Không có thông tin";

    /** A line that starts a new item (bullet, step, numbered or lettered point), not a broken sentence. */
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[-+*•–]|Bước\\s*\\d|\\(?[ivxIVX]+\\)|\\(?\\d{1,2}[.)/]|[a-zđ]\\d?\\)|[a-zđ]\\.\\s|Trường hợp|Lưu ý)");

    private PortalText() {
    }

    /** One line of text: every line break becomes a space. */
    static String line(String raw) {
        return String.join(" ", paragraphs(raw)).trim();
    }

    /**
     * Paragraphs: a line break is kept only where the next line starts a new item or the line before
     * ends a sentence; other breaks are hard breaks carried over from the source documents.
     */
    static List<String> paragraphs(String raw) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean breakHere = current.isEmpty()
                    || ITEM_START.matcher(l).lookingAt()
                    || endsSentence(current);
            if (breakHere && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(l);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out.stream().filter(p -> !isPlaceholder(p)).toList();
    }

    /** NFC, plain spaces, unified line ends; the placeholder (alone) becomes empty. */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // one pass instead of regular expressions: this runs on every field of thousands of records
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                trimEnd(out);
                out.append('\n');
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        String result = out.toString().strip();
        return isPlaceholder(result) ? "" : result;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b'
                || c == '\ufeff' || c == '\f' || c == '\u000b';
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    static boolean isPlaceholder(String s) {
        return s.isBlank() || s.strip().equals(PLACEHOLDER) || s.strip().equals("--");
    }

    /** Splits a comma-joined list ("Cấp tỉnh, Cấp xã"); commas inside parentheses stay. */
    static List<String> commaList(String raw) {
        String s = line(raw);
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if ((c == ',' || c == ';') && depth == 0) {
                addItem(items, current);
            } else {
                current.append(c);
            }
        }
        addItem(items, current);
        return items;
    }

    private static void addItem(List<String> items, StringBuilder current) {
        String item = current.toString().strip();
        current.setLength(0);
        if (!item.isEmpty() && !isPlaceholder(item) && !items.contains(item)) {
            items.add(item);
        }
    }

    private static boolean endsSentence(CharSequence s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
    }
}
