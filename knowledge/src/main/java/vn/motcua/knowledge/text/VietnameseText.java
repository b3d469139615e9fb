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

    /**
     * What {@link #fold} makes of each char below {@code U+1F00} on its own (already lower-cased), when
     * that is one ASCII char ({@code 'a'} for "Ặ") or nothing (a combining mark); {@link #SLOW} where a
     * char needs the full path (anything else, e.g. "ø", a no-break space, Greek, a surrogate).
     */
    private static final char[] FOLDED = foldedChars();
    private static final char DROPPED = '\uFFFF';
    private static final char SLOW = '\uFFFE';

    /** NFC form: what every stored and shown text uses, whatever the keyboard sent. */
    public static String nfc(String s) {
        if (s == null) {
            return "";
        }
        // chars below U+0300 (Latin, no combining marks) and precomposed Latin letters (U+1E00-U+1EFF,
        // most of Vietnamese) are all starters that compose with nothing: such a text is already NFC
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /** Lowercase without diacritics, đ as d, spaces collapsed: "Đăng  ký" becomes "dang ky". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        // one pass over a char table for Latin text (all questions, nearly); the same result as below,
        // as the text's decomposition is each char's decomposition with only marks reordered
        int n = s.length();
        char[] out = new char[n];
        int length = 0;
        boolean inSpaces = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : SLOW;
            if (f == SLOW) {
                return foldAnyText(s);
            }
            if (f == DROPPED) {
                continue;
            }
            boolean space = f == ' ' || f == '\t' || f == '\n' || f == '\u000B' || f == '\f' || f == '\r';
            if (!space) {
                out[length++] = f;
            } else if (!inSpaces) {
                out[length++] = ' ';
            }
            inSpaces = space;
        }
        return new String(out, 0, length).trim();
    }

    private static String foldAnyText(String s) {
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

    private static char[] foldedChars() {
        char[] table = new char['\u1F00'];
        for (char c = 0; c < table.length; c++) {
            table[c] = SLOW;
            if (Character.isSurrogate(c)) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String base = MARKS.matcher(decomposed).replaceAll("");
            // the base must be a starter (ASCII or đ) so that no reordering of the text's marks moves it
            if (base.isEmpty()) {
                table[c] = DROPPED;
            } else if (base.length() == 1 && (base.charAt(0) < 0x80 || base.charAt(0) == 'đ' || base.charAt(0) == 'Đ')) {
                table[c] = base.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).charAt(0);
            }
        }
        return table;
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
