package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TelexRepair#candidates} answers words that no keyboard step can change without running the
 * steps; this holds it equal to the full version it short-cuts (kept here as the reference) on
 * random lowercase words, digits mixed in, and on every word shape the quick check looks at.
 */
class KeyboardResidueTest {
    private static final Pattern VNI_DIGITS = Pattern.compile("(?<=[a-z])[1-9]|[1-9](?=[a-z])");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("^[a-z0-9]+$");
    private static final Pattern TONE_KEY_AFTER_VOWEL = Pattern.compile("(?<=[aeiouy])[sfrxjz](?=[a-z]*$)");

    @Test
    void same_candidates_as_the_full_steps() {
        Random random = new Random(20261128);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "aeiouydnghkt", "abcdefghijklmnopqrstuvwxyz0123456789",
            "nghtrchkaiouy", "aeiouywsfrxjz", "aAbB1é "};
        int shortCut = 0;
        for (int n = 0; n < 300_000; n++) {
            String alphabet = alphabets[n % alphabets.length];
            int length = random.nextInt(8);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String token = word.toString();
            assertThat(TelexRepair.candidates(token)).as(token).isEqualTo(reference(token));
            if (token.length() >= 2 && LETTERS_AND_DIGITS.matcher(token).matches() && !TelexRepair.mayHoldResidue(token)) {
                shortCut++;
            }
        }
        assertThat(shortCut).isGreaterThan(10_000);
        for (String token : List.of("ky", "ki", "ly", "my", "thy", "quy", "tys", "kyf", "dd", "aa", "ddi", "kyj", "yz")) {
            assertThat(TelexRepair.candidates(token)).as(token).isEqualTo(reference(token));
        }
    }

    /** TelexRepair.candidates as it was before the short cut. */
    private static List<String> reference(String token) {
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
