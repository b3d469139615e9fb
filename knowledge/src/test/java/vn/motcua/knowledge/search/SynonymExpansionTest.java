package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymFile;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

/**
 * Phrases are matched token by token from the phrases each token starts; this checks the expansion
 * and the one-token keys are exactly what the list-keyed look-up it replaced (kept here as the
 * reference) gave: on random dictionaries over a few tokens (so phrases overlap, nest and are cut by
 * the end of the question) and on the shipped dictionary with questions made from its own phrases.
 */
class SynonymExpansionTest {
    private static final List<String> TOKENS = List.of("a", "b", "c", "d", "e", "so", "do", "cccd");

    @Test
    void expands_as_the_list_keyed_lookup_did_on_random_dictionaries() {
        Random random = new Random(20261128);
        int expanded = 0;
        for (int d = 0; d < 400; d++) {
            List<Synonym> entries = new ArrayList<>();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                entries.add(new Synonym(phrase(random, 4), phrase(random, 3)));
            }
            Function<String, List<String>> words = text -> Arrays.asList(text.split(" "));
            SynonymDictionary dictionary = SynonymDictionary.compile(entries, words);
            Reference reference = Reference.compile(entries, words);
            for (String token : TOKENS) {
                assertThat(dictionary.isKey(token)).as("%s a key of %s", token, entries).isEqualTo(reference.isKey(token));
            }
            for (int q = 0; q < 200; q++) {
                List<String> question = random.nextInt(20) == 0 ? List.of() : words.apply(phrase(random, 12));
                SynonymDictionary.Expansion expansion = dictionary.expand(question);
                SynonymDictionary.Expansion expected = reference.expand(question);
                assertThat(expansion.tokens()).as("%s with %s", question, entries).isEqualTo(expected.tokens());
                assertThat(expansion.extraRuns()).as("%s with %s", question, entries).isEqualTo(expected.extraRuns());
                if (!expected.tokens().equals(question)) {
                    expanded++;
                }
            }
        }
        assertThat(expanded).as("questions that something expanded").isGreaterThan(30_000);
    }

    @Test
    void expands_as_the_list_keyed_lookup_did_with_the_shipped_dictionary() throws IOException {
        List<Synonym> entries;
        try (InputStream in = Files.newInputStream(Path.of("../seeds/synonyms.tsv"))) {
            entries = SynonymFile.read(in, "synonyms.tsv");
        }
        QuestionAnalyzer analyzer = new QuestionAnalyzer(new VietnameseAnalyzer());
        SynonymDictionary dictionary = SynonymDictionary.compile(entries, analyzer::tokens);
        Reference reference = Reference.compile(entries, analyzer::tokens);
        List<String> vocabulary = new ArrayList<>(dictionary.keyTokens());
        entries.forEach(e -> vocabulary.addAll(analyzer.tokens(e.meaning())));
        vocabulary.addAll(List.of("lam", "giay", "khai", "sinh", "o", "dau"));
        Random random = new Random(28);
        for (String token : new LinkedHashSet<>(vocabulary)) {
            assertThat(dictionary.isKey(token)).as(token).isEqualTo(reference.isKey(token));
        }
        for (int q = 0; q < 20_000; q++) {
            List<String> question = new ArrayList<>();
            for (int k = random.nextInt(14); k > 0; k--) {
                question.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            SynonymDictionary.Expansion expected = reference.expand(question);
            SynonymDictionary.Expansion expansion = dictionary.expand(question);
            assertThat(expansion.tokens()).as("%s", question).isEqualTo(expected.tokens());
            assertThat(expansion.extraRuns()).as("%s", question).isEqualTo(expected.extraRuns());
        }
    }

    private static String phrase(Random random, int max) {
        StringBuilder s = new StringBuilder(TOKENS.get(random.nextInt(TOKENS.size())));
        for (int k = random.nextInt(max); k > 0; k--) {
            s.append(' ').append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return s.toString();
    }

    /** The dictionary as it was: phrases keyed by their token lists, every span from the longest down looked up. */
    private record Reference(Map<List<String>, List<List<String>>> meanings, Map<String, Integer> longestFrom) {
        static Reference compile(List<Synonym> synonyms, Function<String, List<String>> tokens) {
            Map<List<String>, List<List<String>>> meanings = new HashMap<>();
            for (Synonym s : synonyms) {
                List<String> key = tokens.apply(s.phrase());
                List<String> meaning = tokens.apply(s.meaning());
                if (key.isEmpty() || meaning.isEmpty() || key.equals(meaning)) {
                    continue;
                }
                List<List<String>> list = meanings.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>());
                if (!list.contains(meaning)) {
                    list.add(List.copyOf(meaning));
                }
            }
            Map<String, Integer> longest = new HashMap<>();
            meanings.keySet().forEach(key -> longest.merge(key.get(0), key.size(), Math::max));
            return new Reference(Map.copyOf(meanings), Map.copyOf(longest));
        }

        boolean isKey(String token) {
            return longestFrom.containsKey(token) && meanings.containsKey(List.of(token));
        }

        SynonymDictionary.Expansion expand(List<String> tokens) {
            List<String> replaced = new ArrayList<>(tokens.size());
            List<List<String>> extras = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                int matched = 0;
                Integer longest = longestFrom.get(tokens.get(i));
                for (int n = longest == null ? 0 : Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                    List<List<String>> m = meanings.get(tokens.subList(i, i + n));
                    if (m != null) {
                        replaced.addAll(m.get(0));
                        extras.addAll(m.subList(1, m.size()));
                        matched = n;
                    }
                }
                if (matched == 0) {
                    replaced.add(tokens.get(i));
                    i++;
                } else {
                    i += matched;
                }
            }
            return new SynonymDictionary.Expansion(replaced, extras);
        }
    }
}
