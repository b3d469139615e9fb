package vn.motcua.bot.postal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code (mã hồ sơ) such as {@code 000.17.22.H56-210531-0001}: agency code, date, daily
 * counter. Citizens type it in lowercase, with spaces or without dots; it is read back in the
 * canonical form.
 */
public record DossierCode(String value) {
    private static final Pattern CANONICAL = Pattern.compile("\\d{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[GH]\\d{2}-\\d{6}-\\d{4}");
    private static final Pattern TYPED = Pattern.compile(
            "(?i)(?<![0-9a-z])(\\d{3})[\\s.]*([0-9a-z]{2})[\\s.]*([0-9a-z]{2})[\\s.]*([gh]\\d{2})[\\s.\\-]*(\\d{6})[\\s.\\-]*(\\d{4})(?![0-9a-z])");

    public DossierCode {
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a dossier code: " + value);
        }
    }

    /** The first dossier code in the text, however it was typed. */
    public static Optional<DossierCode> findIn(String text) {
        Matcher m = TYPED.matcher(text == null ? "" : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = (m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4) + "-" + m.group(5)
                + "-" + m.group(6)).toUpperCase(Locale.ROOT);
        return Optional.of(new DossierCode(code));
    }
}
