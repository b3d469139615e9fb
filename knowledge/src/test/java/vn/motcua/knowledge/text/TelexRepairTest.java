package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelexRepairTest {
    @Test
    void telex_vowel_and_tone_keys_are_undone() {
        assertThat(TelexRepair.candidates("dawng")).contains("dang");
        assertThat(TelexRepair.candidates("kys")).contains("ki");
        assertThat(TelexRepair.candidates("tieengs")).contains("tieng");
        assertThat(TelexRepair.candidates("dduwowcj")).contains("duoc");
    }

    @Test
    void vni_digits_are_dropped() {
        assertThat(TelexRepair.candidates("d9a8ng")).contains("dang");
        assertThat(TelexRepair.candidates("ky1")).contains("ki");
    }

    @Test
    void a_plain_word_or_a_number_has_no_residue() {
        assertThat(TelexRepair.candidates("2026")).isEmpty();
        assertThat(TelexRepair.candidates("a")).isEmpty();
    }
}
