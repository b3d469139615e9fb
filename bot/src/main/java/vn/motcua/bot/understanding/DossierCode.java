package vn.motcua.bot.understanding;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code (mã hồ sơ) in its canonical form. Two shapes are accepted:
 * <ul>
 *   <li>full: {@code 000.00.21.H42-251103-0012} — a four-part agency code whose last part is
 *   {@code H}/{@code G} and two digits, the receiving date {@code yyMMdd}, a four-digit counter;</li>
 *   <li>short: {@code H42.19-251103-0012} — the province part and one unit part, as some provincial
 *   systems print it.</li>
 * </ul>
 * Citizens type codes in lowercase, with spaces instead of dots or with no separators at all, inside a
 * sentence, or paste the URL a receipt's QR code holds: all of that is forgiven. The date part must be a
 * real date, which keeps phone numbers and other digit runs from being read as codes.
 */
public record DossierCode(String value) {
    // between parts: nothing, or up to three of space, dot, dash, underscore, slash
    private static final String SEP = "[\\s._/-]{0,3}";
    private static final Pattern FULL = Pattern.compile(
            "(?<![0-9A-Z])(\\d{3})" + SEP + "([0-9A-Z]{2})" + SEP + "([0-9A-Z]{2})" + SEP + "([GH]\\d{2})"
                    + SEP + "(\\d{6})" + SEP + "(\\d{4})(?![0-9A-Z])");
    private static final Pattern SHORT = Pattern.compile(
            "(?<![0-9A-Z.])([GH]\\d{2})" + SEP + "([0-9A-Z]{2})" + SEP + "(\\d{6})" + SEP + "(\\d{4})(?![0-9A-Z])");
    private static final DateTimeFormatter YYMMDD =
            DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern CANONICAL = Pattern.compile(
            "\\d{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[GH]\\d{2}-\\d{6}-\\d{4}|[GH]\\d{2}\\.[0-9A-Z]{2}-\\d{6}-\\d{4}");

    public DossierCode {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical dossier code: " + value);
        }
    }

    /** The first dossier code in a message, a sentence or a QR payload, in canonical form. */
    public static Optional<DossierCode> findIn(String text) {
        return locate(text).map(Located::code);
    }

    /** A code and where it stood in the (upper-cased, URL-decoded) text, so the rest can be read too. */
    public static Optional<Located> locate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String upper = decoded(text).toUpperCase(Locale.ROOT);
        Optional<Located> full = first(FULL.matcher(upper), true, upper);
        return full.isPresent() ? full : first(SHORT.matcher(upper), false, upper);
    }

    /** Parses a text that should be just a code (the push API's path), forgivingly. */
    public static Optional<DossierCode> parse(String text) {
        return locate(text).filter(l -> l.rest().isBlank()).map(Located::code);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<Located> first(Matcher m, boolean full, String text) {
        while (m.find()) {
            String date = full ? m.group(5) : m.group(3);
            if (isDate(date)) {
                String canonical = full
                        ? m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4) + "-" + date + "-" + m.group(6)
                        : m.group(1) + "." + m.group(2) + "-" + date + "-" + m.group(4);
                String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
                return Optional.of(new Located(new DossierCode(canonical), rest));
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(String yyMMdd) {
        try {
            LocalDate.parse(yyMMdd, YYMMDD);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** QR payloads are URLs; a code in their query string may be percent-encoded. */
    private static String decoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** A code found in a text, and the text around it (where a second factor may stand). */
    public record Located(DossierCode code, String rest) {
    }
}
