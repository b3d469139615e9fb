package vn.motcua.bot.understanding;

import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * A set of cue phrases matched on folded text at word boundaries, so that "bưu điện", "buu dien" and
 * "Bưu Điện" are the same cue and "hi" does not match inside "thi".
 */
public final class Phrases {
    private final Pattern pattern;

    private Phrases(Pattern pattern) {
        this.pattern = pattern;
    }

    public static Phrases of(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(VietnameseText::fold)
                .filter(p -> !p.isBlank())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
        return new Phrases(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
    }

    /** Whether the already folded text contains one of the phrases. */
    public boolean foundIn(String foldedText) {
        return pattern.matcher(foldedText).find();
    }

    public int countIn(String foldedText) {
        return (int) pattern.matcher(foldedText).results().count();
    }
}
