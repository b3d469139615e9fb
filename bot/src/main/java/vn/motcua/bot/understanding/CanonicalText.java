package vn.motcua.bot.understanding;

import java.util.Arrays;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * Folded text with every word in its canonical spelling ("dang ky" → "dang ki"), cut into words once,
 * so that the many cue lists a message is checked against share one pass over it. A word is a run of
 * letters and digits ({@code [\p{L}\p{N}]+}); everything else (spaces, punctuation, "_") separates words.
 */
public final class CanonicalText {
    private final String text;
    private final int[] starts;
    private final String[] words;

    private CanonicalText(String text, int[] starts, String[] words) {
        this.text = text;
        this.starts = starts;
        this.words = words;
    }

    /** Folded text (see {@code VietnameseText#fold}) with each word put into its canonical spelling. */
    public static CanonicalText of(String folded) {
        return cut(folded, true);
    }

    /** Text whose words are already canonical (as {@link #text()} returns it): only cut into words. */
    static CanonicalText ofCanonical(String canonical) {
        return cut(canonical, false);
    }

    /**
     * Canonical text already cut: {@code words} are its words at {@code starts}, as
     * {@link #ofCanonical} would find them.
     */
    static CanonicalText ofWords(String canonical, int[] starts, String[] words) {
        return new CanonicalText(canonical, starts, words);
    }

    /** The canonical text. */
    public String text() {
        return text;
    }

    int wordCount() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    int start(int i) {
        return starts[i];
    }

    /** Whether {@code phrase} stands at word {@code i} and ends at a word's end. */
    boolean phraseAt(int i, String phrase) {
        int start = starts[i];
        int end = start + phrase.length();
        return text.startsWith(phrase, start) && (end == text.length() || !isWordChar(text.codePointAt(end)));
    }

    /** The index of the first word starting at or after {@code position}. */
    int wordFrom(int position, int fromWord) {
        int i = fromWord;
        while (i < starts.length && starts[i] < position) {
            i++;
        }
        return i;
    }

    /** What {@code [\p{L}\p{N}]} matches. */
    static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            // folded text is nearly all ASCII, where only these are letters or numbers
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static CanonicalText cut(String s, boolean canonicalise) {
        int n = s.length();
        int[] starts = new int[8];
        String[] words = new String[8];
        int count = 0;
        StringBuilder rewritten = null;
        int copied = 0;
        int shift = 0; // how much longer the rewritten text is than s so far
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = s.codePointAt(i)));
            String word = s.substring(start, i);
            int at = start + shift;
            if (canonicalise && mayChange(word)) {
                String canonical = VietnameseSpelling.canonical(word);
                if (!canonical.equals(word)) {
                    if (rewritten == null) {
                        rewritten = new StringBuilder(n + 8);
                    }
                    rewritten.append(s, copied, start).append(canonical);
                    copied = i;
                    shift += canonical.length() - word.length();
                    word = canonical;
                }
            }
            if (count == words.length) {
                starts = Arrays.copyOf(starts, count * 2);
                words = Arrays.copyOf(words, count * 2);
            }
            starts[count] = at;
            words[count++] = word;
        }
        String text = rewritten == null ? s : rewritten.append(s, copied, n).toString();
        return new CanonicalText(text, Arrays.copyOf(starts, count), Arrays.copyOf(words, count));
    }

    /** {@link VietnameseSpelling#canonical} only rewrites two to four letter words ending in "y". */
    private static boolean mayChange(String word) {
        return word.length() >= 2 && word.length() <= 4 && word.charAt(word.length() - 1) == 'y';
    }

    @Override
    public String toString() {
        return text;
    }
}
