package vn.motcua.bot.postal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number, kept as ten digits starting with 0. Typed with +84 or 84, spaces, dots
 * or dashes it means the same; the prefix must be one the mobile networks use (03x, 05x, 07x, 08x,
 * 09x), so that a mistyped digit or a landline is caught before the postal worker tries to call.
 */
public record PhoneNumber(String digits) {
    private static final Pattern MOBILE = Pattern.compile("0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-9])\\d{7}");
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d+])(?:\\+?84|0)(?:[\\s.\\-]?\\d){9}(?!\\d)");

    public PhoneNumber {
        if (!MOBILE.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number: " + digits);
        }
    }

    /** The number when the whole text is one (with +84, spaces, dots, dashes or brackets). */
    public static Optional<PhoneNumber> parse(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** The first mobile number found inside a longer message. */
    public static Optional<PhoneNumber> findIn(String text) {
        Matcher m = CANDIDATE.matcher(text == null ? "" : text);
        while (m.find()) {
            Optional<PhoneNumber> phone = parse(m.group());
            if (phone.isPresent()) {
                return phone;
            }
        }
        return Optional.empty();
    }

    /** The text without phone numbers and the words that announce them ("sđt:"), for reading the rest. */
    public static String removeFrom(String text) {
        return text.replaceAll("(?:\\+?84|(?<!\\d)0)[\\d\\s.\\-]{9,13}", " ")
                .replaceAll("(?iu)\\b(?:sđt|sdt|số điện thoại|so dien thoai|đt|dt)\\b\\s*:?", " ")
                .replaceAll("\\s+", " ").replaceAll("^[\\s,;.-]+|[\\s,;.-]+$", "");
    }

    /** "0912 345 678": easier to read back and check. */
    public String display() {
        return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
    }
}
