package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void old_and_new_tone_placement_agree_in_the_accent_aware_form() {
        assertThat(ToneMarkFilter.canonical("hoà")).isEqualTo(ToneMarkFilter.canonical("hòa"));
        assertThat(ToneMarkFilter.canonical("thuỷ")).isEqualTo(ToneMarkFilter.canonical("thủy"));
        assertThat(ToneMarkFilter.canonical("bán")).isNotEqualTo(ToneMarkFilter.canonical("bản"));
        assertThat(ToneMarkFilter.canonical("đơn")).isEqualTo("đơn");
    }
}
