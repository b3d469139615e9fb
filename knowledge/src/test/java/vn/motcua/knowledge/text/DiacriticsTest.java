package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link VietnameseText#hasDiacritics} looks chars up in a table instead of decomposing the text;
 * this holds it equal to the decomposing definition on every char alone and on random texts mixing
 * Vietnamese, combining marks, other scripts and surrogate pairs.
 */
class DiacriticsTest {
    @Test
    void every_char_alone_and_random_texts_agree_with_the_decomposition() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertThat(VietnameseText.hasDiacritics(s)).as("U+%04X", c)
                    .isEqualTo(VietnameseText.decomposedHasDiacritics(s));
        }
        String[] pieces = {"a", "b", "đ", "Đ", "á", "ệ", "ỹ", "Ạ", "\u0301", "\u0323", "\u0302", " ", "?", "1", "é", "ñ",
            "й", "中", "한", "가", "😀", "\uD834\uDD5E", "\uD800", "ｋ", "ǅ", "ﬁ", "\u0958", "\u1E9B", "ℵ", "Å"};
        Random random = new Random(20261128);
        int marked = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            boolean expected = VietnameseText.decomposedHasDiacritics(s);
            assertThat(VietnameseText.hasDiacritics(s)).as(s).isEqualTo(expected);
            marked += expected ? 1 : 0;
        }
        assertThat(marked).isBetween(10_000, 90_000);
    }
}
