package vn.motcua.bot.address;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The words of a text, each folded (lowercase, no diacritics) and with its place in the original, so
 * that a phrase found among folded words can be cut out of what the citizen typed.
 */
record Words(String original, List<Word> list) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    record Word(String folded, int start, int end) {
    }

    static Words of(String text) {
        String nfc = VietnameseText.nfc(text);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(nfc);
        while (m.find()) {
            words.add(new Word(VietnameseText.fold(m.group()), m.start(), m.end()));
        }
        return new Words(nfc, List.copyOf(words));
    }

    /** Folded words joined by single spaces: the key every name is indexed under. */
    static String key(String text) {
        return String.join(" ", of(text).list().stream().map(Word::folded).toList());
    }

    int size() {
        return list.size();
    }

    String folded(int index) {
        return list.get(index).folded();
    }

    String joined(int from, int to) {
        return String.join(" ", list.subList(from, to).stream().map(Word::folded).toList());
    }

    /** The words as typed (lowercase, diacritics kept), joined by single spaces. */
    String typed(int from, int to) {
        return String.join(" ", list.subList(from, to).stream()
                .map(w -> original.substring(w.start(), w.end()).toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** The original text before word {@code index}. */
    String before(int index) {
        return index >= list.size() ? original : original.substring(0, list.get(index).start());
    }
}
