package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * A procedure's name and everyday names as folded syllables: what a question must share with a
 * procedure to be about it, and how much of a name the question spells out.
 *
 * <p>Worked out once per procedure, not per question: which names can count as named whole, and for
 * every syllable pair of a name, which names hold it. A name shares a run of two syllables or more
 * with a question only if it holds one of the question's pairs, so the rerank compares a question
 * with those names alone.
 */
final class ProcedureNames {
    /** Longer shared runs of a name count more, up to this many syllables. */
    private static final int LONGEST_RUN = 7;
    private static final float PER_SYLLABLE = 0.05f;
    /** A question that contains a whole everyday name ("làm căn cước") names that procedure. */
    private static final float WHOLE_NAME = 0.25f;

    /** Each name's syllables joined by spaces: the topic term when the question holds the name whole. */
    private final String[] joined;
    /** Each name's syllables, as arrays for the run comparison. */
    private final String[][] syllables;
    /** Each name's syllables' hash codes: the run comparison compares strings only when these agree. */
    private final int[][] hashes;
    private final boolean[] namedWhole;
    /**
     * Every syllable pair of the names: which names hold it, and whether the official name does. An
     * open-addressing table (keys, their hash codes, values; size a power of two, at most half full),
     * probed with the hash codes the question worked out once.
     */
    private final String[] pairKeys;
    private final int[] pairHashes;
    private final NamePair[] pairValues;
    /**
     * Which names hold a syllable pair, by the pair's syllables' hash codes alone (see {@link #pairKey}):
     * an open-addressing table of keys and name bits (size a power of two, at most half full; bits 0 for
     * an empty slot). Pairs whose keys collide share their bits, so a look-up may name more names than
     * hold the pair, never fewer: it only picks the names worth comparing run by run.
     */
    private final int[] sharingKeys;
    private final long[] sharingNames;
    private final Set<String> officialWords;
    private final Set<List<String>> examples;
    /**
     * The example questions' list hash codes, sorted: a question whose syllables hash to none of them
     * is no example, without hashing its syllable list again for every candidate.
     */
    private final int[] exampleHashes;
    /**
     * One bit per pair hash code (low {@value #PAIR_FILTER_BITS} bits) of the names' pairs: a pair whose
     * bit is clear is held by no name, without probing the table.
     */
    private final long[] pairFilter = new long[PAIR_FILTER_BITS / 64];
    private static final int PAIR_FILTER_BITS = 256;

    /**
     * A syllable pair of a procedure's names.
     *
     * @param names    the names holding it, one bit per name (names from the 64th on share the last bit)
     * @param official whether the official name holds it
     */
    record NamePair(long names, boolean official) {
    }

    /**
     * What a question shares with the procedure's names.
     *
     * @param boost how much to raise the retrieval score (see {@link #match})
     * @param topic the topic terms it shares (see {@link #match}); empty when it is not about the procedure
     */
    record Match(float boost, List<String> topic) {
    }

    private ProcedureNames(List<List<String>> names, Set<List<String>> examples) {
        this.examples = examples;
        this.officialWords = Set.copyOf(names.get(0));
        this.namedWhole = new boolean[names.size()];
        this.hashes = new int[names.size()][];
        this.syllables = new String[names.size()][];
        this.joined = new String[names.size()];
        Map<String, NamePair> byPair = new LinkedHashMap<>();
        Map<Integer, Long> sharing = new LinkedHashMap<>();
        for (int n = 0; n < names.size(); n++) {
            List<String> name = names.get(n);
            hashes[n] = QuestionNames.hashes(name);
            syllables[n] = name.toArray(String[]::new);
            joined[n] = String.join(" ", name);
            namedWhole[n] = name.size() >= 2
                    ? name.stream().anyMatch(w -> !QuestionWords.contains(w))
                    : name.size() == 1 && name.get(0).length() >= 3 && !VietnameseSpelling.isSyllable(name.get(0))
                            && !name.get(0).chars().allMatch(Character::isDigit);
            long bit = bit(n);
            boolean official = n == 0;
            for (int i = 0; i + 1 < name.size(); i++) {
                sharing.merge(pairKey(hashes[n][i], hashes[n][i + 1]), bit, (a, b) -> a | b);
                String pair = name.get(i) + " " + name.get(i + 1);
                int h = pair.hashCode();
                pairFilter[(h & (PAIR_FILTER_BITS - 1)) >>> 6] |= 1L << h;
                byPair.merge(pair, new NamePair(bit, official),
                        (a, b) -> new NamePair(a.names() | b.names(), a.official() || b.official()));
            }
        }
        int capacity = Integer.highestOneBit(Math.max(1, byPair.size()) * 2 - 1) * 2;
        this.pairKeys = new String[capacity];
        this.pairHashes = new int[capacity];
        this.pairValues = new NamePair[capacity];
        byPair.forEach((pair, names1) -> {
            int hash = pair.hashCode();
            int slot = slot(hash);
            while (pairKeys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            pairKeys[slot] = pair;
            pairHashes[slot] = hash;
            pairValues[slot] = names1;
        });
        int sharingCapacity = Integer.highestOneBit(Math.max(1, sharing.size()) * 2 - 1) * 2;
        this.sharingKeys = new int[sharingCapacity];
        this.sharingNames = new long[sharingCapacity];
        sharing.forEach((key, bits) -> {
            int slot = sharingSlot(key);
            while (sharingNames[slot] != 0) {
                slot = (slot + 1) & (sharingCapacity - 1);
            }
            sharingKeys[slot] = key;
            sharingNames[slot] = bits;
        });
        this.exampleHashes = examples.stream().mapToInt(List::hashCode).sorted().toArray();
    }

    static ProcedureNames of(Procedure p, Function<String, List<String>> tokens) {
        List<List<String>> names = new ArrayList<>();
        names.add(List.copyOf(tokens.apply(p.name() == null ? "" : p.name())));
        p.aliases().forEach(a -> names.add(List.copyOf(tokens.apply(a))));
        Set<List<String>> examples = new HashSet<>();
        p.examples().forEach(e -> examples.add(List.copyOf(tokens.apply(e))));
        return new ProcedureNames(List.copyOf(names), Set.copyOf(examples));
    }

    /** A syllable pair of the name or an everyday name; null when no name has it. */
    NamePair pair(String pair) {
        return pair(pair, pair.hashCode());
    }

    /** {@link #pair(String)} for a pair whose hash code the caller already has. */
    private NamePair pair(String pair, int hash) {
        if (!mayHold(hash)) {
            return null;
        }
        int mask = pairKeys.length - 1;
        for (int slot = slot(hash); pairKeys[slot] != null; slot = (slot + 1) & mask) {
            if (pairHashes[slot] == hash && pairKeys[slot].equals(pair)) {
                return pairValues[slot];
            }
        }
        return null;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (pairKeys.length - 1);
    }

    /** False when no name holds a pair with this hash code; true when one may. */
    private boolean mayHold(int pairHash) {
        return (pairFilter[(pairHash & (PAIR_FILTER_BITS - 1)) >>> 6] & 1L << pairHash) != 0;
    }

    /**
     * True when the question is, syllable for syllable, one of the example questions staff attached to
     * the procedure: that is evidence enough of what it is about, whatever words it uses.
     */
    boolean isExample(QuestionNames q) {
        if (exampleHashes.length == 0 || q.tokens().isEmpty()) {
            return false;
        }
        // equal lists have equal hash codes: only a question hashing like an example can be one
        return Arrays.binarySearch(exampleHashes, q.tokensListHash()) >= 0 && examples.contains(q.tokens())
                || Arrays.binarySearch(exampleHashes, q.expandedListHash()) >= 0 && examples.contains(q.expanded());
    }

    /**
     * What the question shares with the names.
     *
     * <p>The boost: by the longest run of syllables the question shares with one of the names, more when
     * that name is contained whole. Runs of question words only do not count.
     *
     * <p>The topic, when that is enough to say the question is about the procedure: a distinctive pair
     * of the official name, a foreign word of the official name ("VNeID"), a whole everyday name, two
     * distinctive pairs of everyday names, or the whole question being one of its example questions. A
     * single pair borrowed from an everyday name ("ngân hàng" in "xác nhận độc thân để vay ngân hàng") is
     * not enough. Empty otherwise.
     */
    Match match(QuestionNames q) {
        long sharing = namesSharingAPair(q);
        float boost = 1f;
        // a name or everyday name the question contains whole: two syllables or more with a content word
        // ("làm căn cước"), or an abbreviation on its own ("GPLX", "CT07"); the first longest one
        int wholeName = -1;
        for (int n = 0; n < syllables.length; n++) {
            String[] name = syllables[n];
            int run = 0;
            // only a name holding one of the question's pairs can share two syllables with it in a row
            if (name.length >= 2 && (sharing & bit(n)) != 0) {
                run = q.tokenRuns().longestSharedRun(name, hashes[n]);
                if (q.expandedDiffers()) {
                    run = Math.max(run, q.expandedRuns().longestSharedRun(name, hashes[n]));
                }
                if (run >= 2) {
                    float factor = 1f + PER_SYLLABLE * (Math.min(run, LONGEST_RUN) - 1)
                            + (run == name.length ? WHOLE_NAME : 0f);
                    boost = Math.max(boost, factor);
                }
            }
            if (!namedWhole[n] || wholeName >= 0 && name.length <= syllables[wholeName].length) {
                continue;
            }
            // a named-whole name holds a content word: the question holds it whole exactly when the
            // longest run it shares with it (which must hold a content word) is the whole name
            boolean contained = name.length == 1
                    ? q.tokenRuns().holds(name[0], hashes[n][0]) || q.expandedRuns().holds(name[0], hashes[n][0])
                    : run == name.length;
            if (contained) {
                wholeName = n;
            }
        }
        return new Match(boost, topic(q, wholeName < 0 ? null : joined[wholeName]));
    }

    private List<String> topic(QuestionNames q, String wholeName) {
        List<String> official = null;
        List<String> everyday = null;
        String[] topicPairs = q.topicPairs();
        int[] topicHashes = q.topicPairHashes();
        for (int i = 0; i < topicPairs.length; i++) {
            NamePair names = pair(topicPairs[i], topicHashes[i]);
            if (names == null) {
                continue;
            }
            if (names.official()) {
                official = add(official, topicPairs[i]);
            } else if (q.everydayPairs()[i]) {
                everyday = add(everyday, topicPairs[i]);
            }
        }
        for (String word : q.foreignWords()) {
            if (officialWords.contains(word)) {
                official = add(official, word);
            }
        }
        if (official == null && wholeName == null && (everyday == null || everyday.size() < 2)) {
            // an example question attached by staff (from the unanswered inbox) names its procedure
            return isExample(q) ? List.of(String.join(" ", q.tokens())) : List.of();
        }
        List<String> shared = official != null ? official : new ArrayList<>();
        if (everyday != null) {
            shared.addAll(everyday);
        }
        if (wholeName != null && !shared.contains(wholeName)) {
            shared.add(wholeName);
        }
        return shared;
    }

    private static List<String> add(List<String> list, String term) {
        List<String> out = list != null ? list : new ArrayList<>(4);
        out.add(term);
        return out;
    }

    /**
     * The names holding at least one syllable pair of the question, as bits, and maybe a few more (pairs
     * are compared by their syllables' hash codes): only these can share a run of two syllables with it,
     * or be contained in it whole.
     */
    private long namesSharingAPair(QuestionNames q) {
        long mask = namesSharingAPair(q.tokenRuns().hashes());
        return q.expandedDiffers() ? mask | namesSharingAPair(q.expandedRuns().hashes()) : mask;
    }

    private long namesSharingAPair(int[] syllableHashes) {
        long mask = 0;
        int last = sharingKeys.length - 1;
        for (int i = 0; i + 1 < syllableHashes.length; i++) {
            int key = pairKey(syllableHashes[i], syllableHashes[i + 1]);
            for (int slot = sharingSlot(key); sharingNames[slot] != 0; slot = (slot + 1) & last) {
                if (sharingKeys[slot] == key) {
                    mask |= sharingNames[slot];
                    break;
                }
            }
        }
        return mask;
    }

    /** A syllable pair's key from its syllables' hash codes: equal pairs have equal keys. */
    private static int pairKey(int first, int second) {
        return first * 0x9E3779B1 + second;
    }

    private int sharingSlot(int key) {
        return (key ^ key >>> 15) & (sharingKeys.length - 1);
    }

    private static long bit(int name) {
        return 1L << Math.min(name, 63);
    }
}
