package vn.motcua.knowledge.text;

import java.util.Set;

/**
 * Spelling facts about folded (unaccented, lowercase) Vietnamese syllables: which strings can be a
 * syllable at all, and the i/y variants that both count as correct ("kí"/"ký", "lí"/"lý").
 */
public final class VietnameseSpelling {
    /**
     * The shape a syllable has, as a regular expression; {@link #isSyllable} matches it by hand (it is
     * asked for every word of every question), and a test holds the two equal.
     */
    static final String SYLLABLE_SHAPE =
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$";
    /** Onsets after which "y" may also be written "i" ("ky"/"ki"); a set lookup, as typo repair asks often. */
    private static final Set<String> I_OR_Y_ONSETS = Set.of("b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q",
            "r", "s", "t", "v", "x", "ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr");

    private VietnameseSpelling() {
    }

    /** Whether a folded token has the shape of one Vietnamese syllable (onset, vowels, coda). */
    public static boolean isSyllable(String folded) {
        int length = folded.length();
        if (length == 0) {
            return false;
        }
        // any onset the word starts with may be the one: "gi" + "a" and "g" + "ia" are both tried
        if (isRhyme(folded, 0)) {
            return true;
        }
        char first = folded.charAt(0);
        if ("bcdghklmnpqrstvx".indexOf(first) >= 0 && isRhyme(folded, 1)) {
            return true;
        }
        if (length >= 3 && isTwoLetterOnset(first, folded.charAt(1)) && isRhyme(folded, 2)) {
            return true;
        }
        return length >= 4 && folded.startsWith("ngh") && isRhyme(folded, 3);
    }

    private static boolean isTwoLetterOnset(char first, char second) {
        return switch (first) {
            case 'n' -> second == 'g' || second == 'h';
            case 'c', 'k', 'p', 't' -> second == 'h' || first == 't' && second == 'r';
            case 'g' -> second == 'h' || second == 'i';
            case 'q' -> second == 'u';
            default -> false;
        };
    }

    /** Whether {@code word} from {@code start} on is one to three vowels and an optional coda. */
    private static boolean isRhyme(String word, int start) {
        int end = start;
        while (end < word.length() && isVowel(word.charAt(end))) {
            end++;
        }
        int vowels = end - start;
        if (vowels < 1 || vowels > 3) {
            // a coda never starts with a vowel, so the vowels are all of the run or the word is no syllable
            return false;
        }
        return switch (word.length() - end) {
            case 0 -> true;
            case 1 -> "cmnpt".indexOf(word.charAt(end)) >= 0;
            case 2 -> word.charAt(end) == 'n' && (word.charAt(end + 1) == 'g' || word.charAt(end + 1) == 'h')
                    || word.charAt(end) == 'c' && word.charAt(end + 1) == 'h';
            default -> false;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /**
     * One spelling for the i/y pairs that are both accepted after a consonant: "ky" and "ki" both
     * become "ki", so "đăng kí" finds "đăng ký". "uy", "ay", "quy" keep their y (different sounds).
     */
    public static String canonical(String folded) {
        int last = folded.length() - 1;
        if (last >= 1 && last <= 3 && folded.charAt(last) == 'y' && I_OR_Y_ONSETS.contains(folded.substring(0, last))) {
            return folded.substring(0, last) + "i";
        }
        return folded;
    }

    /**
     * {@link #canonical} on {@code chars[0, length)} in place (the length never changes), for callers
     * that try hundreds of spellings without making strings of them.
     */
    public static void canonicalize(char[] chars, int length) {
        int last = length - 1;
        if (last >= 1 && last <= 3 && chars[last] == 'y' && isIOrYOnset(chars, last)) {
            chars[last] = 'i';
        }
    }

    /** Whether {@code chars[0, length)} is one of {@link #I_OR_Y_ONSETS}, without making a string. */
    private static boolean isIOrYOnset(char[] chars, int length) {
        char first = chars[0];
        return switch (length) {
            case 1 -> "bcdghklmnpqrstvx".indexOf(first) >= 0;
            case 2 -> chars[1] == 'h' ? "ncgkpt".indexOf(first) >= 0 : first == 'n' && chars[1] == 'g'
                    || first == 't' && chars[1] == 'r';
            case 3 -> first == 'n' && chars[1] == 'g' && chars[2] == 'h';
            default -> false;
        };
    }
}
