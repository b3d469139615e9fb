package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VietnameseSpellingTest {
    @Test
    void i_and_y_after_a_consonant_are_one_spelling() {
        assertThat(VietnameseSpelling.canonical("ky")).isEqualTo("ki");
        assertThat(VietnameseSpelling.canonical("ly")).isEqualTo("li");
        assertThat(VietnameseSpelling.canonical("quy")).isEqualTo("quy");
        assertThat(VietnameseSpelling.canonical("tuy")).isEqualTo("tuy");
        assertThat(VietnameseSpelling.canonical("kynh")).isEqualTo("kynh");
    }

    @Test
    void canonicalizing_a_buffer_in_place_agrees_with_canonical_on_every_string_of_up_to_four_letters() {
        char[] buffer = new char[4];
        int checked = 0;
        for (int length = 1; length <= 4; length++) {
            int count = (int) Math.pow(26, length);
            for (int n = 0; n < count; n++) {
                int rest = n;
                for (int i = 0; i < length; i++) {
                    buffer[i] = (char) ('a' + rest % 26);
                    rest /= 26;
                }
                String word = new String(buffer, 0, length);
                VietnameseSpelling.canonicalize(buffer, length);
                assertThat(new String(buffer, 0, length)).as(word).isEqualTo(VietnameseSpelling.canonical(word));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(26 + 26 * 26 + 26 * 26 * 26 + 26 * 26 * 26 * 26);
    }

    @Test
    void syllable_shapes() {
        assertThat(VietnameseSpelling.isSyllable("nghieng")).isTrue();
        assertThat(VietnameseSpelling.isSyllable("khai")).isTrue();
        assertThat(VietnameseSpelling.isSyllable("vneid")).isFalse();
        assertThat(VietnameseSpelling.isSyllable("cccd")).isFalse();
    }

    /** The hand-written matcher must say what the regular expression it replaced says, on any input. */
    @Test
    void the_syllable_matcher_agrees_with_the_syllable_regex() {
        Pattern shape = Pattern.compile(VietnameseSpelling.SYLLABLE_SHAPE);
        String alphabet = "abcdefghijklmnopqrstuvwxyzđ1 ";
        List<String> words = new ArrayList<>(List.of("", "\n", "a\n", "ngh", "nghi", "gi", "qu", "quy", "giang"));
        // every string of up to four letters of the shape's letters and two others
        addAll(words, "", "abcdeghiklmnopqrstuvxyf1", 4);
        // every syllable shape (onset, one to three vowels, coda), and each with one letter changed,
        // dropped or added anywhere
        String[] onsets = {"", "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g",
                "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", "f", "w", "z"};
        String[] codas = {"", "ng", "nh", "ch", "c", "m", "n", "p", "t", "g", "h", "nn", "ngh"};
        List<String> vowelRuns = new ArrayList<>();
        addAll(vowelRuns, "", "aeiouy", 4);
        Random random = new Random(7);
        int matched = 0;
        for (String onset : onsets) {
            for (String vowels : vowelRuns) {
                for (String coda : codas) {
                    String word = onset + vowels + coda;
                    words.add(word);
                    int at = random.nextInt(word.length() + 1);
                    char letter = alphabet.charAt(random.nextInt(alphabet.length()));
                    words.add(word.substring(0, at) + letter + word.substring(at));
                    if (at < word.length()) {
                        words.add(word.substring(0, at) + word.substring(at + 1));
                        words.add(word.substring(0, at) + letter + word.substring(at + 1));
                    }
                }
            }
        }
        // and longer random strings
        for (int i = 0; i < 50_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 5 + random.nextInt(6); n > 0; n--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(word.toString());
        }
        List<String> disagreements = new ArrayList<>();
        for (String word : words) {
            boolean expected = shape.matcher(word).matches();
            if (VietnameseSpelling.isSyllable(word) != expected) {
                disagreements.add(word);
            }
            matched += expected ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        // the inputs hold many syllables and many non-syllables, so both answers were compared
        assertThat(matched).isGreaterThan(20_000);
        assertThat(words.size() - matched).isGreaterThan(300_000);
    }

    private static void addAll(List<String> into, String prefix, String alphabet, int maxLength) {
        into.add(prefix);
        if (prefix.length() < maxLength) {
            for (int i = 0; i < alphabet.length(); i++) {
                addAll(into, prefix + alphabet.charAt(i), alphabet, maxLength);
            }
        }
    }

    @Test
    void old_and_new_tone_placement_agree_in_the_accent_aware_form() {
        assertThat(ToneMarkFilter.canonical("hoà")).isEqualTo(ToneMarkFilter.canonical("hòa"));
        assertThat(ToneMarkFilter.canonical("thuỷ")).isEqualTo(ToneMarkFilter.canonical("thủy"));
        assertThat(ToneMarkFilter.canonical("bán")).isNotEqualTo(ToneMarkFilter.canonical("bản"));
        assertThat(ToneMarkFilter.canonical("đơn")).isEqualTo("đơn");
    }
}
