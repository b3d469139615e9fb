package vn.motcua.knowledge.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The procedure's name as citizens should see it: the portal's title without the "Thủ tục " prefix, a
 * leading ". ", a trailing full stop or the record's own code in parentheses, and with known typos fixed.
 */
final class ProcedureTitle {
    private static final Pattern OWN_CODE = Pattern.compile("\\s*\\(\\s*\\d\\.\\d{6}\\s*\\)\\s*$");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[.\\s,;:-]+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[.\\s,;:]+$");
    private static final Pattern PREFIX = Pattern.compile("^Thủ tục\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TYPO_TINH = Pattern.compile("\\bcấp tinh\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private ProcedureTitle() {
    }

    static String clean(String raw) {
        String s = PortalText.line(raw);
        String before;
        do {
            before = s;
            s = OWN_CODE.matcher(s).replaceFirst("");
            s = LEADING_NOISE.matcher(s).replaceFirst("");
            s = TRAILING_NOISE.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        s = PREFIX.matcher(s).replaceFirst("");
        s = TYPO_TINH.matcher(s).replaceAll("cấp tỉnh");
        return capitalise(s);
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + s.substring(Character.charCount(first));
    }
}
