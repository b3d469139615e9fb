package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word table answers exactly as the set it was made from, for members, near misses and colliding hashes. */
class WordSetTest {
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy ";

    @Test
    void has_exactly_the_members_of_its_set() {
        Random random = new Random(20261128);
        int members = 0;
        for (int set = 0; set < 300; set++) {
            Set<String> words = new HashSet<>();
            for (int k = random.nextInt(set % 10 == 0 ? 3 : 200); k > 0; k--) {
                words.add(word(random));
            }
            // "Aa" and "BB" share a hash code, as do the strings built from them
            if (set % 3 == 0) {
                words.addAll(List.of("Aa", "BBBB", "AaBB"));
            }
            WordSet table = WordSet.of(Set.copyOf(words));
            List<String> asked = new ArrayList<>(words);
            asked.addAll(List.of("", "Aa", "BB", "AaAa", "BBBB", "BBAa", "AaBB"));
            for (int k = 0; k < 2_000; k++) {
                asked.add(word(random));
            }
            for (String word : asked) {
                boolean expected = words.contains(word);
                assertThat(table.contains(word)).as("%s in %s", word, words).isEqualTo(expected);
                if (expected) {
                    members++;
                }
            }
        }
        assertThat(members).as("members were asked too").isGreaterThan(20_000);
    }

    @Test
    void question_words_read_as_before() {
        assertThat(QuestionWords.contains("gi")).isTrue();
        assertThat(QuestionWords.contains("khai")).isFalse();
        assertThat(QuestionWords.isAspect("le phi")).isTrue();
        assertThat(QuestionWords.isAspect("khai sinh")).isFalse();
        assertThat(QuestionWords.isFunctionWord("cho")).isTrue();
        assertThat(QuestionWords.isFunctionWord("ho")).isFalse();
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 1 + random.nextInt(random.nextInt(10) == 0 ? 12 : 5); k > 0; k--) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
