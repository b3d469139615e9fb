package vn.motcua.knowledge.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes what a Vietnamese keyboard leaves behind when the input method was off or half on:
 * Telex ("dawng kys" for "đăng ký") and VNI ("d9a8ng ky1"). Works on folded tokens and yields the
 * folded syllables the token may have meant; the caller keeps only candidates it knows.
 */
public final class TelexRepair {
    private static final Pattern VNI_DIGITS = Pattern.compile("(?<=[a-z])[1-9]|[1-9](?=[a-z])");
    private static final Pattern TONE_KEY_AFTER_VOWEL = Pattern.compile("(?<=[aeiouy])[sfrxjz](?=[a-z]*$)");

    private TelexRepair() {
    }

    /** Candidate readings of a folded token, most likely first; empty when it holds no keyboard residue. */
    public static List<String> candidates(String token) {
        if (token.length() < 2 || !isLettersAndDigits(token)) {
            return List.of();
        }
        if (!mayHoldResidue(token)) {
            // every reading below is the token itself: at most its other i/y spelling remains
            if (VietnameseSpelling.isSyllable(token)) {
                String canonical = VietnameseSpelling.canonical(token);
                return canonical.equals(token) ? List.of() : List.of(canonical);
            }
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter)) {
            addIfSyllable(out, VNI_DIGITS.matcher(token).replaceAll(""));
        }
        String vowels = telexVowels(token);
        addIfSyllable(out, withoutToneKey(vowels));
        if (!vowels.equals(token)) {
            addIfSyllable(out, vowels);
        }
        addIfSyllable(out, withoutToneKey(token));
        out.remove(token);
        return List.copyOf(out);
    }

    /** The check {@code ^[a-z0-9]+$} by hand. */
    private static boolean isLettersAndDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /**
     * False only when no step below can change the token: no digit (VNI), no w and no doubled
     * d/a/e/o ({@link #telexVowels}), no tone key last nor right after a vowel ({@link #withoutToneKey}).
     * Most words of a question are like that, and then cost one pass over their letters.
     */
    static boolean mayHoldResidue(String token) {
        int n = token.length();
        if ("sfrxjz".indexOf(token.charAt(n - 1)) >= 0) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c <= '9' || c == 'w') {
                return true;
            }
            if (i > 0) {
                char before = token.charAt(i - 1);
                if (c == before && (c == 'd' || c == 'a' || c == 'e' || c == 'o')) {
                    return true;
                }
                if ("sfrxjz".indexOf(c) >= 0 && "aeiouy".indexOf(before) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String telexVowels(String t) {
        String s = t.replace("dd", "d")
                .replace("uow", "uo").replace("aa", "a").replace("aw", "a").replace("ee", "e")
                .replace("oo", "o").replace("ow", "o").replace("uw", "u");
        return s.replace('w', 'u');
    }

    /** Drops one tone key (s f r x j, or z for "no tone") typed after a vowel, as Telex allows. */
    private static String withoutToneKey(String t) {
        if (t.length() > 2 && "sfrxjz".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(0, t.length() - 1);
        }
        return TONE_KEY_AFTER_VOWEL.matcher(t).replaceFirst("");
    }

    private static void addIfSyllable(Set<String> out, String candidate) {
        if (VietnameseSpelling.isSyllable(candidate)) {
            out.add(VietnameseSpelling.canonical(candidate));
        }
    }
}
