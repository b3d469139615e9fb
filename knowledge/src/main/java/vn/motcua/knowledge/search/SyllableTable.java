package vn.motcua.knowledge.search;

import java.util.Collection;

/**
 * The vocabulary's syllables, looked up from characters in a buffer without making a string. Typo
 * repair tries every one-letter edit of an unknown word (about 300 for a five-letter word) and nearly
 * none is a syllable: building each edit as a string to ask a hash map cost more than the rest of
 * the question's analysis. Open addressing over the strings themselves, with {@link String#hashCode}'s
 * function, so a hit returns the vocabulary's own string.
 */
final class SyllableTable {
    static final SyllableTable EMPTY = of(java.util.List.of());

    private final String[] slots;
    private final int mask;

    private SyllableTable(String[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    static SyllableTable of(Collection<String> syllables) {
        int capacity = Integer.highestOneBit(Math.max(4, syllables.size() * 2 + 1) * 2 - 1);
        String[] slots = new String[capacity];
        for (String syllable : syllables) {
            int i = slot(syllable.hashCode(), capacity - 1);
            while (slots[i] != null && !slots[i].equals(syllable)) {
                i = (i + 1) & (capacity - 1);
            }
            slots[i] = syllable;
        }
        return new SyllableTable(slots);
    }

    /** The syllable spelled by {@code chars[0, length)}, or null when the vocabulary has none. */
    String find(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        for (int i = slot(hash, mask); slots[i] != null; i = (i + 1) & mask) {
            String candidate = slots[i];
            if (candidate.hashCode() == hash && spells(candidate, chars, length)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean spells(String candidate, char[] chars, int length) {
        if (candidate.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (candidate.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
