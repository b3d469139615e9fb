package vn.motcua.bot.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue lists read together on one text. A phrase only matches at a word that is its first word, so a
 * list none of whose phrases starts with a word of the text cannot match it: one hash look-up per
 * word tells which lists need reading at all (most questions name a procedure and hold no cue).
 */
final class CueLists {
    private final List<Phrases> lists;
    private final Map<String, Integer> listsByFirstWord = new HashMap<>();

    CueLists(Phrases... lists) {
        if (lists.length > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 lists");
        }
        this.lists = List.of(lists);
        for (int i = 0; i < lists.length; i++) {
            int bit = 1 << i;
            for (String word : lists[i].firstWords()) {
                listsByFirstWord.merge(word, bit, (a, b) -> a | b);
            }
        }
    }

    /** The lists as read on {@code text}. */
    Reading on(CanonicalText text) {
        int mayMatch = 0;
        for (int i = 0; i < text.wordCount(); i++) {
            Integer bits = listsByFirstWord.get(text.word(i));
            if (bits != null) {
                mayMatch |= bits;
            }
        }
        return new Reading(text, mayMatch);
    }

    /** One text and the lists that may match it. */
    final class Reading {
        private final CanonicalText text;
        private final int mayMatch;

        private Reading(CanonicalText text, int mayMatch) {
            this.text = text;
            this.mayMatch = mayMatch;
        }

        /** What {@code list.foundIn(text)} says, read only when one of its first words is in the text. */
        boolean found(Phrases list) {
            int i = lists.indexOf(list);
            if (i < 0) {
                return list.foundIn(text);
            }
            return (mayMatch & 1 << i) != 0 && list.foundIn(text);
        }
    }
}
