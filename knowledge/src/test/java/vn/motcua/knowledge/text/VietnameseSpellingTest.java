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
