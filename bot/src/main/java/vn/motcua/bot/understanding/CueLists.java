package vn.motcua.bot.understanding;

import java.util.HashMap;
import java.util.Map;

/**
 * Cue lists read together on one text. A phrase only matches at a word that is its first word, so a
 * list none of whose phrases starts with a word of the text cannot match it: one hash look-up per
 * word tells which lists need reading at all (most questions name a procedure and hold no cue), and
 * the same look-up hands over each list's phrases starting with that word, so that reading a list
 * afterwards tries those phrases where they may stand without looking any word up again.
 */
final class CueLists {
    private final Phrases[] lists;
    private final Map<String, Starting> byFirstWord = new HashMap<>();

    /** The phrases of each list that start with one word (null for a list with none), and those lists' bits. */
    private record Starting(int lists, String[][] phrases) {
    }

    CueLists(Phrases... lists) {
        if (lists.length > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 lists");
        }
        this.lists = lists.clone();
        Map<String, String[][]> phrases = new HashMap<>();
        for (int i = 0; i < lists.length; i++) {
            for (String word : lists[i].firstWords()) {
                phrases.computeIfAbsent(word, w -> new String[lists.length][])[i] = lists[i].startingWith(word);
            }
        }
        phrases.forEach((word, byList) -> {
            int bits = 0;
            for (int i = 0; i < byList.length; i++) {
                bits |= byList[i] == null ? 0 : 1 << i;
            }
            byFirstWord.put(word, new Starting(bits, byList));
        });
    }

    /** The lists as read on {@code text}. */
    Reading on(CanonicalText text) {
        int mayMatch = 0;
        Starting[] starting = null;
        for (int i = 0; i < text.wordCount(); i++) {
            Starting s = byFirstWord.get(text.word(i));
            if (s != null) {
                if (starting == null) {
                    starting = new Starting[text.wordCount()];
                }
                starting[i] = s;
                mayMatch |= s.lists();
            }
        }
        return new Reading(text, mayMatch, starting);
    }

    /** One text, the lists that may match it, and the phrases that may start at each of its words. */
    final class Reading {
        private final CanonicalText text;
        private final int mayMatch;
        private final Starting[] starting;

        private Reading(CanonicalText text, int mayMatch, Starting[] starting) {
            this.text = text;
            this.mayMatch = mayMatch;
            this.starting = starting;
        }

        /** What {@code list.foundIn(text)} says: its phrases tried only at the words they start with. */
        boolean found(Phrases list) {
            int i = indexOf(list);
            if (i < 0) {
                return list.foundIn(text);
            }
            if ((mayMatch & 1 << i) == 0) {
                return false;
            }
            for (int word = 0; word < starting.length; word++) {
                Starting s = starting[word];
                if (s != null && s.phrases()[i] != null && Phrases.anyAt(text, word, s.phrases()[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private int indexOf(Phrases list) {
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] == list) {
                return i;
            }
        }
        return -1;
    }
}
