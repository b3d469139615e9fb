package vn.motcua.knowledge.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling facts about folded (unaccented, lowercase) Vietnamese syllables: which strings can be a
 * syllable at all, and the i/y variants that both count as correct ("kí"/"ký", "lí"/"lý").
 */
public final class VietnameseSpelling {
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$");
    /** Onsets after which "y" may also be written "i" ("ky"/"ki"); a set lookup, as typo repair asks often. */
    private static final Set<String> I_OR_Y_ONSETS = Set.of("b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q",
            "r", "s", "t", "v", "x", "ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr");

    private VietnameseSpelling() {
    }

    /** Whether a folded token has the shape of one Vietnamese syllable (onset, vowels, coda). */
    public static boolean isSyllable(String folded) {
        return SYLLABLE.matcher(folded).matches();
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
