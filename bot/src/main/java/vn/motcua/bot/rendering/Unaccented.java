package vn.motcua.bot.rendering;

import vn.motcua.knowledge.text.VietnameseText;

/**
 * Vietnamese without diacritics, case kept ("Đăng ký" becomes "Dang ky"), and typographic punctuation
 * replaced by plain ASCII: what old phones show reliably and what fits GSM-7 SMS (160 characters, not 70).
 */
public final class Unaccented {

    private Unaccented() {
    }

    public static String of(String text) {
        String nfc = VietnameseText.nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> out.append(plain(c)));
        return out.toString();
    }

    private static String plain(int c) {
        switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> {
                return "\"";
            }
            case '\u2018', '\u2019', '\u201A' -> {
                return "'";
            }
            case '\u2013', '\u2014', '\u2212', '\u2022' -> {
                return "-";
            }
            case '\u2026' -> {
                return "...";
            }
            case '\u00A0', '\u202F' -> {
                return " ";
            }
            default -> {
                if (c < 128 || !Character.isLetter(c)) {
                    return Character.toString(c);
                }
                String folded = VietnameseText.fold(Character.toString(c));
                if (folded.isEmpty()) {
                    return Character.toString(c);
                }
                return Character.isUpperCase(c) ? folded.toUpperCase(java.util.Locale.ROOT) : folded;
            }
        }
    }
}
