package vn.motcua.knowledge.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the ICU tokenizer finds in plain Latin text, found without it: nearly every question is
 * Vietnamese or ASCII letters, digits, spaces and common punctuation, where the Unicode word rules
 * come down to "runs of letters and digits". The tokenizer (script runs, a rule-based break iterator,
 * attributes) cost a third of a question's analysis. Text with anything else, or where punctuation
 * that may join words (".,:;'") stands between two of them, is left to the tokenizer: {@link #split}
 * then answers null.
 */
public final class LatinWords {
    /** The tokenizer reads in chunks of this many characters: longer text is left to it. */
    private static final int MAX_LENGTH = 4096;
    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte BREAK = 2;
    /** Word-break MidLetter, MidNum or MidNumLet: joins two words in some cases, so such text is left to ICU. */
    private static final byte MAY_JOIN = 3;
    private static final String BREAKS = " \t\n\r?!\"#$%&()*+-/<=>@[\\]^`{|}~";
    private static final String MAY_JOIN_CHARS = ",.:;'";
    private static final byte[] KINDS = new byte[0x250];

    static {
        for (char c = 0; c < KINDS.length; c++) {
            if (c < 0x80) {
                KINDS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? WORD
                        : BREAKS.indexOf(c) >= 0 ? BREAK
                        : MAY_JOIN_CHARS.indexOf(c) >= 0 ? MAY_JOIN : OTHER;
            } else {
                // Latin-1 letters and Latin Extended-A and -B (ơ, ư, đ...)
                KINDS[c] = c >= 0xC0 && Character.isLetter(c) ? WORD : OTHER;
            }
        }
    }

    private LatinWords() {
    }

    /** What the ICU tokenizer yields for {@code text}, or null when the text is not plain Latin text. */
    public static List<String> split(String text) {
        int n = text.length();
        if (n > MAX_LENGTH) {
            return null;
        }
        List<String> words = new ArrayList<>(n / 4 + 1);
        int start = -1;
        for (int i = 0; i < n; i++) {
            switch (kind(text.charAt(i))) {
                case WORD -> {
                    if (start < 0) {
                        start = i;
                    }
                }
                case BREAK -> {
                    if (start >= 0) {
                        words.add(text.substring(start, i));
                        start = -1;
                    }
                }
                case MAY_JOIN -> {
                    if (start >= 0) {
                        if (i + 1 < n && kind(text.charAt(i + 1)) == WORD) {
                            return null;
                        }
                        words.add(text.substring(start, i));
                        start = -1;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static byte kind(char c) {
        if (c < KINDS.length) {
            return KINDS[c];
        }
        // Latin Extended Additional: the precomposed Vietnamese vowels with their tone marks
        return c >= 0x1E00 && c <= 0x1EFF && Character.isLetter(c) ? WORD : OTHER;
    }
}
