package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link VietnameseText#fold} and {@link VietnameseText#nfc} against the plain definitions. */
class VietnameseTextTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters, marks, spaces and the odd chars a question may carry, weighted towards Vietnamese. */
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩị"
            + "òóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝỸĐÖøßİıΣσς 0123456789  \t\n\u000B\f\r\u0001\u001F"
            + "\u00A0\u2003\u200B\u200D\uFEFF\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B\u0344\u0340"
            + ".,?!_-%/()\"'ＡＢｆｕｌｌ½²Ⅻ\uD835\uDFD9\uD800";

    @Test
    void foldsEveryCharAsTheDefinitionDoes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            for (String s : List.of(one, "a" + one + "b", " " + one + " ", one + one, "Đ" + one + "\u0301 x")) {
                same(VietnameseText.fold(s), definedFold(s), s);
            }
        }
    }

    @Test
    void foldsRandomTextsAsTheDefinitionDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            String s = randomText(random);
            same(VietnameseText.fold(s), definedFold(s), s);
        }
        assertThat(VietnameseText.fold("  Đăng  KÝ\tkhai sinh Ở ĐÂU?  ")).isEqualTo("dang ky khai sinh o dau?");
        assertThat(VietnameseText.fold("Đa\u0323\u0306ng ki\u0301")).isEqualTo("dang ki");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void leavesNfcTextAsItIsAndNormalisesTheRest() {
        List<Character> fast = new ArrayList<>();
        for (char c = 0; c < 0x300; c++) {
            fast.add(c);
        }
        for (char c = '\u1E00'; c <= '\u1EFF'; c++) {
            fast.add(c);
        }
        // no char of the fast range changes, alone or next to any other: a text of them is NFC
        for (char a : fast) {
            same(VietnameseText.nfc(String.valueOf(a)), definedNfc(String.valueOf(a)), String.valueOf(a));
            for (char b : fast) {
                String pair = new String(new char[] {a, b});
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+%04X U+%04X".formatted((int) a, (int) b));
                }
            }
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "Đa" + (char) c + "\u0301";
            same(VietnameseText.nfc(s), definedNfc(s), s);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String s = randomText(random);
            same(VietnameseText.nfc(s), definedNfc(s), s);
        }
        assertThat(VietnameseText.nfc("Đa\u0323\u0306ng ki\u0301")).isEqualTo("Đặng kí");
        assertThat(VietnameseText.nfc(null)).isEmpty();
    }

    private static void same(String actual, String expected, String input) {
        if (!actual.equals(expected)) {
            throw new AssertionError("\"" + input + "\" " + input.chars().mapToObj(Integer::toHexString).toList()
                    + ": \"" + actual + "\", expected \"" + expected + "\"");
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(30);
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < length; j++) {
            s.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x2000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** fold as it was written before its fast path. */
    private static String definedFold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String definedNfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
