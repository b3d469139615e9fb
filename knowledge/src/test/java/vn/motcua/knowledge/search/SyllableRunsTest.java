package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyllableRunsTest {
    /** Walking the runs from the indexed question must find what the dynamic programming it replaced found. */
    @Test
    void the_runs_found_from_the_index_are_those_of_the_dynamic_programming() {
        Random random = new Random(11);
        // "Aa" and "BB" share a hash code: equal hashes must not pass for equal syllables
        String[] vocabulary = {"dang", "ki", "khai", "sinh", "cho", "con", "gi", "lam", "giay", "o", "Aa", "BB"};
        int longer = 0;
        for (int round = 0; round < 200_000; round++) {
            String[] a = words(random, vocabulary, random.nextInt(30));
            String[] b = words(random, vocabulary, random.nextInt(12));
            boolean[] content = new boolean[a.length];
            for (int i = 0; i < content.length; i++) {
                content[i] = random.nextInt(3) > 0;
            }
            int expected = twoRowRun(List.of(a), hashes(a), content, List.of(b), hashes(b));
            assertThat(new SyllableRuns(a, hashes(a), content).longestSharedRun(b, hashes(b))).isEqualTo(expected);
            longer += expected >= 3 ? 1 : 0;
        }
        assertThat(longer).isGreaterThan(1000);
    }

    private static String[] words(Random random, String[] vocabulary, int length) {
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            // a fresh string each time: equal words must be compared by content
            out[i] = new String(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return out;
    }

    private static int[] hashes(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i].hashCode();
        }
        return out;
    }

    /** The run comparison as it was before the index (dynamic programming over two rows), kept as the reference. */
    private static int twoRowRun(List<String> a, int[] aHashes, boolean[] aContent, List<String> b, int[] bHashes) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        boolean[] previousContent = new boolean[b.size() + 1];
        boolean[] currentContent = new boolean[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String word = a.get(i - 1);
            int hash = aHashes[i - 1];
            for (int j = 1; j <= b.size(); j++) {
                if (hash == bHashes[j - 1] && word.equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    currentContent[j] = previousContent[j - 1] || aContent[i - 1];
                    if (currentContent[j] && current[j] > best) {
                        best = current[j];
                    }
                } else {
                    current[j] = 0;
                    currentContent[j] = false;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            boolean[] swapContent = previousContent;
            previousContent = currentContent;
            currentContent = swapContent;
        }
        return best;
    }
}
