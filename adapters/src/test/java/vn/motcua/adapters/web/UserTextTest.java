package vn.motcua.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link UserText#clean} with its fast paths against the plain definition: NFC, then the control pattern. */
class UserTextTest {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200D]]");
    private static final String ALPHABET = "aăâđêôơưĐ àáảãạặềểỹ0123456789.,?\t\n\r\u0001\u007F\u0085\u00A0\u00AD"
            + "\u200B\u200C\u200D\u200E\u2028\u2060\uFEFF\u0301\u0323\u0306\uD834\uDD73\uDB40\uDC01\uD800\uDFFF";

    @Test
    void cleansEveryCharAsTheDefinitionDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            for (String s : List.of("a" + one + "b", "Đa" + one + "\u0301 x", one + "\uDC01")) {
                same(s);
            }
        }
    }

    @Test
    void cleansRandomTextsAsTheDefinitionDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder("x");
            int length = random.nextInt(20);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            same(s.toString());
        }
        assertThat(UserText.clean(" le\u0323 phi\u0301\u200B? ")).isEqualTo("lẹ phí ?");
    }

    private static void same(String s) {
        if (defined(s).isEmpty()) {
            // only a format char (a surrogate pair): the text is refused as empty
            assertThatThrownBy(() -> UserText.clean(s)).isInstanceOf(BadRequestException.class);
            return;
        }
        String cleaned = UserText.clean(s);
        if (!cleaned.equals(defined(s))) {
            throw new AssertionError(s.chars().mapToObj(Integer::toHexString).toList() + ": \"" + cleaned
                    + "\", expected \"" + defined(s) + "\"");
        }
    }

    private static String defined(String raw) {
        return CONTROL.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
