package vn.motcua.knowledge.search;

import java.util.Arrays;

/**
 * A question's syllables indexed by hash code, worked out once per question: the longest run of
 * syllables it shares with a name is then found from the name's few syllables, where comparing every
 * syllable of a long message with every syllable of every candidate name cost most of the rerank.
 */
final class SyllableRuns {
    private final String[] words;
    private final int[] hashes;
    /** Whether each syllable is a content word (not a question word). */
    private final boolean[] content;
    /** Per bucket of hash codes, the first position holding one; -1 when none. */
    private final int[] heads;
    /** Per position, the next position in the same bucket; -1 at the end. */
    private final int[] next;
    private final int mask;

    SyllableRuns(String[] words, int[] hashes, boolean[] content) {
        this.words = words;
        this.hashes = hashes;
        this.content = content;
        int buckets = Integer.highestOneBit(Math.max(1, words.length) * 2 - 1) * 2;
        this.mask = buckets - 1;
        this.heads = new int[buckets];
        Arrays.fill(heads, -1);
        this.next = new int[words.length];
        for (int i = words.length - 1; i >= 0; i--) {
            int bucket = bucket(hashes[i]);
            next[i] = heads[bucket];
            heads[bucket] = i;
        }
    }

    /** The syllables' hash codes, in order. */
    int[] hashes() {
        return hashes;
    }

    private int bucket(int hash) {
        return (hash ^ hash >>> 16) & mask;
    }

    /**
     * The longest run of syllables the question shares with {@code name} that holds at least one
     * content word of the question; 0 when none. Each maximal common run is walked once, from where it
     * starts: the longest of those with a content word is the answer.
     */
    int longestSharedRun(String[] name, int[] nameHashes) {
        int best = 0;
        for (int j = 0; j < name.length; j++) {
            int hash = nameHashes[j];
            for (int i = heads[bucket(hash)]; i >= 0; i = next[i]) {
                if (!same(i, name, nameHashes, j)
                        || i > 0 && j > 0 && same(i - 1, name, nameHashes, j - 1)) {
                    continue;
                }
                int length = 0;
                boolean holdsContent = false;
                while (i + length < words.length && j + length < name.length
                        && same(i + length, name, nameHashes, j + length)) {
                    holdsContent |= content[i + length];
                    length++;
                }
                if (holdsContent && length > best) {
                    best = length;
                }
            }
        }
        return best;
    }

    /** Whether one of the question's syllables is {@code word} (whose hash code is {@code hash}). */
    boolean holds(String word, int hash) {
        for (int i = heads[bucket(hash)]; i >= 0; i = next[i]) {
            if (hashes[i] == hash && words[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(int i, String[] name, int[] nameHashes, int j) {
        return hashes[i] == nameHashes[j] && words[i].equals(name[j]);
    }
}
