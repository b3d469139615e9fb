package vn.motcua.bot.understanding;

import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * A set of cue phrases matched on folded text at word boundaries, so that "bưu điện", "buu dien" and
 * "Bưu Điện" are the same cue and "hi" does not match inside "thi". Both sides are spelled one way
 * where Vietnamese allows two ("đăng kí" / "đăng ký").
 */
public final class Phrases {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Phrases of(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(p -> canonical(VietnameseText.fold(p)))
                .filter(p -> !p.isBlank())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
        return new Phrases(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
    }

    /** Whether the already folded text contains one of the phrases. */
    public boolean foundIn(String foldedText) {
        return pattern.matcher(canonical(foldedText)).find();
    }

    /** The phrases found, in the order they occur. */
    public java.util.List<String> foundAll(String foldedText) {
        return pattern.matcher(canonical(foldedText)).results().map(java.util.regex.MatchResult::group).toList();
    }

    public int countIn(String foldedText) {
        return (int) pattern.matcher(canonical(foldedText)).results().count();
    }

    static String canonical(String folded) {
        return WORD.matcher(folded).replaceAll(m -> VietnameseSpelling.canonical(m.group()));
    }
}
