package vn.motcua.knowledge.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plain-Java helpers for Vietnamese strings, shared by the index and the conversation core. */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC form: what every stored and shown text uses, whatever the keyboard sent. */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lowercase without diacritics, đ as d, spaces collapsed: "Đăng  ký" becomes "dang ky". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Per char below {@link #MARKED_TABLE_SIZE}: whether {@link #hasDiacritics} holds for that char
     * alone. Canonical decomposition is char by char there (reordering moves marks, never drops
     * them), so a text of such chars has diacritics exactly when one of its chars has.
     */
    private static final int MARKED_TABLE_SIZE = 0x2000;
    private static final boolean[] MARKED = new boolean[MARKED_TABLE_SIZE];

    static {
        for (char c = 0; c < MARKED_TABLE_SIZE; c++) {
            MARKED[c] = decomposedHasDiacritics(String.valueOf(c));
        }
    }

    /** True when the text carries at least one Vietnamese diacritic (or đ). */
    public static boolean hasDiacritics(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= MARKED_TABLE_SIZE) {
                return decomposedHasDiacritics(s); // rare: the full check
            }
            if (MARKED[c]) {
                return true;
            }
        }
        return false;
    }

    /** The definition {@link #hasDiacritics} answers: a mark once decomposed, or đ. */
    static boolean decomposedHasDiacritics(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).find() || s.indexOf('đ') >= 0 || s.indexOf('Đ') >= 0;
    }
}
