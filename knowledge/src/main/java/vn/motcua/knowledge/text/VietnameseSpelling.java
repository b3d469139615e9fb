package vn.motcua.knowledge.text;

import java.util.regex.Pattern;

/**
 * Spelling facts about folded (unaccented, lowercase) Vietnamese syllables: which strings can be a
 * syllable at all, and the i/y variants that both count as correct ("kí"/"ký", "lí"/"lý").
 */
public final class VietnameseSpelling {
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$");
    private static final Pattern CONSONANT_THEN_Y = Pattern.compile("^(?:[bcdghklmnpqrstvx]|ngh|ng|nh|ch|gh|kh|ph|th|tr)y$");

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
        if (folded.length() >= 2 && folded.length() <= 4 && CONSONANT_THEN_Y.matcher(folded).matches()) {
            return folded.substring(0, folded.length() - 1) + "i";
        }
        return folded;
    }
}
