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
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("^[a-z0-9]+$");
    private static final Pattern TONE_KEY_AFTER_VOWEL = Pattern.compile("(?<=[aeiouy])[sfrxjz](?=[a-z]*$)");

    private TelexRepair() {
    }

    /** Candidate readings of a folded token, most likely first; empty when it holds no keyboard residue. */
    public static List<String> candidates(String token) {
        Set<String> out = new LinkedHashSet<>();
        if (!LETTERS_AND_DIGITS.matcher(token).matches() || token.length() < 2) {
            return List.of();
        }
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
