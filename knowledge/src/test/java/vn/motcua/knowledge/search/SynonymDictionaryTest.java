package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.synonym.Synonym;

class SynonymDictionaryTest {
    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    private final SynonymDictionary dictionary = SynonymDictionary.compile(List.of(
            new Synonym("so do", "giay chung nhan quyen su dung dat"),
            new Synonym("so", "so ho khau"),
            new Synonym("so hong", "giay chung nhan quyen so huu nha"),
            new Synonym("cccd", "can cuoc cong dan"),
            new Synonym("cccd", "can cuoc"),
            new Synonym("lam lai so do", "cap lai giay chung nhan")), SynonymDictionaryTest::words);

    @Test
    void the_longest_phrase_wins_left_to_right_and_other_meanings_become_extra_runs() {
        SynonymDictionary.Expansion e = dictionary.expand(words("muon lam lai so do va so hong cccd"));
        assertThat(e.tokens()).isEqualTo(words(
                "muon cap lai giay chung nhan va giay chung nhan quyen so huu nha can cuoc cong dan"));
        assertThat(e.extraRuns()).containsExactly(words("can cuoc"));
    }

    @Test
    void a_phrase_cut_by_the_end_of_the_question_falls_back_to_a_shorter_one() {
        assertThat(dictionary.expand(words("lam lai so")).tokens()).isEqualTo(words("lam lai so ho khau"));
        assertThat(dictionary.expand(words("so")).tokens()).isEqualTo(words("so ho khau"));
        assertThat(dictionary.expand(words("khai sinh")).tokens()).isEqualTo(words("khai sinh"));
        assertThat(dictionary.expand(List.of()).tokens()).isEmpty();
    }

    @Test
    void only_single_syllable_phrases_are_keys_on_their_own() {
        assertThat(dictionary.isKey("cccd")).isTrue();
        assertThat(dictionary.isKey("so")).isTrue();
        assertThat(dictionary.isKey("lam")).isFalse();
        assertThat(dictionary.isKey("hong")).isFalse();
        assertThat(SynonymDictionary.EMPTY.isKey("cccd")).isFalse();
    }
}
