package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Typo repair spells its one-letter edits in a buffer; this checks it picks exactly what the
 * string-building version it replaced picked (kept here as the reference), for words mistyped from
 * the seed procedures' own syllables, with and without neighbours, and for random letter strings.
 */
class OneEditTyposTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    @Test
    void picks_what_the_string_built_edits_picked() throws IOException {
        List<String> syllables = seedSyllables();
        Vocabulary vocabulary = vocabularyOf(syllables);
        Random random = new Random(20261127);
        int corrected = 0;
        int compared = 0;
        for (int n = 0; n < 20_000; n++) {
            // a syllable of the seeds mistyped once or twice, between its real neighbours or none;
            // then a random string between random syllables
            int at = 1 + random.nextInt(syllables.size() - 2);
            boolean real = n % 2 == 0;
            String word = real ? mutated(syllables.get(at), random) : randomLetters(random);
            if (real && n % 6 == 0) {
                word = mutated(word, random);
            }
            if (word.isEmpty() || vocabulary.knows(word)) {
                continue;
            }
            // neighbours that cannot vouch for a correction: none, or a question word
            String previous = n % 7 == 0 ? null : n % 11 == 0 ? "cho" : real ? syllables.get(at - 1) : syllables.get(random.nextInt(syllables.size()));
            String next = n % 5 == 0 ? null : n % 13 == 0 ? "gi" : real ? syllables.get(at + 1) : syllables.get(random.nextInt(syllables.size()));
            String expected = reference(word, previous, next, vocabulary);
            assertThat(QuestionAnalyzer.typo(word, previous, next, vocabulary))
                    .as("%s between %s and %s", word, previous, next).isEqualTo(expected);
            compared++;
            if (expected != null) {
                corrected++;
            }
        }
        assertThat(compared).isGreaterThan(15_000);
        assertThat(corrected).as("the comparison includes real corrections").isGreaterThan(3_000);
    }

    private static String randomLetters(Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 1 + random.nextInt(7); k > 0; k--) {
            s.append(ALPHABET.charAt(random.nextInt(26)));
        }
        return s.toString();
    }

    private static String mutated(String word, Random random) {
        int at = random.nextInt(word.length() + 1);
        char letter = ALPHABET.charAt(random.nextInt(26));
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at);
            case 1 -> at < word.length() ? word.substring(0, at) + word.substring(at + 1) : word + letter;
            default -> at < word.length() ? word.substring(0, at) + letter + word.substring(at + 1) : letter + word;
        };
    }

    /** The folded syllables of the seed procedures, in reading order (pairs come from neighbours). */
    private static List<String> seedSyllables() throws IOException {
        Path seeds = Path.of("../seeds/procedures");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                for (String word : VietnameseText.fold(Files.readString(file)).toLowerCase().split("[^a-z]+")) {
                    if (!word.isEmpty()) {
                        out.add(VietnameseSpelling.canonical(word));
                    }
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(10_000);
        return out;
    }

    private static Vocabulary vocabularyOf(List<String> syllables) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < syllables.size(); i++) {
            counts.merge(syllables.get(i), 1, Integer::sum);
            if (i + 1 < syllables.size()) {
                pairs.merge(syllables.get(i) + " " + syllables.get(i + 1), 1, Integer::sum);
            }
        }
        return new Vocabulary(counts, pairs, Set.of(), Map.of());
    }

    // The implementation before the buffer, verbatim in behaviour.
    private static String reference(String token, String previous, String next, Vocabulary vocabulary) {
        String best = null;
        int bestScore = 0;
        boolean contextFree = token.length() >= 5 && !VietnameseSpelling.isSyllable(token);
        for (String candidate : edits(token)) {
            if (!vocabulary.knows(candidate) || QuestionWords.contains(candidate)) {
                continue;
            }
            int score = (isContext(previous) ? vocabulary.pairFrequency(previous, candidate) : 0)
                    + (isContext(next) ? vocabulary.pairFrequency(candidate, next) : 0);
            if (score == 0 && contextFree) {
                score = vocabulary.frequency(candidate) > 1 ? 1 : 0;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isContext(String neighbour) {
        return neighbour != null && !QuestionWords.contains(neighbour);
    }

    private static Set<String> edits(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            String head = word.substring(0, i);
            String tail = word.substring(i);
            if (!tail.isEmpty()) {
                out.add(head + tail.substring(1));
            }
            if (tail.length() > 1) {
                out.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
            }
            for (int c = 0; c < ALPHABET.length(); c++) {
                char letter = ALPHABET.charAt(c);
                out.add(head + letter + tail);
                if (!tail.isEmpty() && tail.charAt(0) != letter) {
                    out.add(head + letter + tail.substring(1));
                }
            }
        }
        out.remove(word);
        out.remove("");
        Set<String> canonical = new LinkedHashSet<>();
        out.forEach(e -> canonical.add(VietnameseSpelling.canonical(e)));
        return canonical;
    }
}
