package vn.motcua.knowledge.text;

import java.util.Set;

/**
 * A fixed set of short words asked about every syllable and pair of every question (is it a question
 * word, an aspect?). {@code Set.of} probes a half-full table from a salted, non-power-of-two index and
 * compares strings on every collision; this table is at most an eighth full, indexed by a mask, and
 * compares the strings' cached hashes first, so a word not in the set nearly always costs one empty
 * slot. Membership is exactly that of the set it was made from.
 */
final class WordSet {
    private final String[] slots;
    private final int mask;

    private WordSet(String[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    static WordSet of(Set<String> words) {
        int capacity = Integer.highestOneBit(Math.max(8, words.size() * 8) * 2 - 1);
        String[] slots = new String[capacity];
        for (String word : words) {
            int i = slot(word.hashCode(), capacity - 1);
            while (slots[i] != null) {
                i = (i + 1) & (capacity - 1);
            }
            slots[i] = word;
        }
        return new WordSet(slots);
    }

    boolean contains(String word) {
        int hash = word.hashCode();
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            String slot = slots[i];
            if (slot == null) {
                return false;
            }
            if (slot.hashCode() == hash && slot.equals(word)) {
                return true;
            }
        }
    }

    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
