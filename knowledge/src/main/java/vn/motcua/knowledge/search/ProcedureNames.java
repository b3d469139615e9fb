package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

    private final List<List<String>> names;
    /** Each name's syllables joined by spaces: the topic term when the question holds the name whole. */
    private final String[] joined;
    /** Each name's syllables, as arrays for the run comparison. */
    private final String[][] syllables;
    /** Each name's syllables' hash codes: the run comparison compares strings only when these agree. */
    private final int[][] hashes;
    /** Each name's distinct syllable pairs: a question holding a name whole holds all of them. */
    private final List<Set<String>> pairs;
    private final boolean[] namedWhole;
    /** Every syllable pair of the names: which names hold it, and whether the official name does. */
    private final Map<String, NamePair> namePairs;
    private final Set<String> officialWords;
    private final Set<List<String>> examples;
    /**
     * The example questions' list hash codes, sorted: a question whose syllables hash to none of them
     * is no example, without hashing its syllable list again for every candidate.
     */
    private final int[] exampleHashes;
    /**
     * One bit per pair hash code (low {@value #PAIR_FILTER_BITS} bits) of the names' pairs: a pair whose
     * bit is clear is held by no name, without a map look-up.
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

    private ProcedureNames(List<List<String>> names, Set<List<String>> examples) {
        this.names = names;
        this.examples = examples;
        this.officialWords = Set.copyOf(names.get(0));
        this.namedWhole = new boolean[names.size()];
        this.hashes = new int[names.size()][];
        this.syllables = new String[names.size()][];
        this.joined = new String[names.size()];
        List<Set<String>> ownPairs = new ArrayList<>();
        Map<String, NamePair> byPair = new HashMap<>();
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
            Set<String> own = new HashSet<>();
            for (int i = 0; i + 1 < name.size(); i++) {
                String pair = name.get(i) + " " + name.get(i + 1);
                own.add(pair);
                int h = pair.hashCode();
                pairFilter[(h & (PAIR_FILTER_BITS - 1)) >>> 6] |= 1L << h;
                byPair.merge(pair, new NamePair(bit, official),
                        (a, b) -> new NamePair(a.names() | b.names(), a.official() || b.official()));
            }
            ownPairs.add(Set.copyOf(own));
        }
        this.pairs = List.copyOf(ownPairs);
        this.namePairs = Map.copyOf(byPair);
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
        return mayHold(pair.hashCode()) ? namePairs.get(pair) : null;
    }

    /** False when no name holds a pair with this hash code; true when one may. */
    private boolean mayHold(int pairHash) {
        return (pairFilter[(pairHash & (PAIR_FILTER_BITS - 1)) >>> 6] & 1L << pairHash) != 0;
    }

    /** Syllables of the official name. */
    Set<String> officialWords() {
        return officialWords;
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
     * A name or everyday name the question contains whole: two syllables or more with a content word
     * ("làm căn cước"), or an abbreviation on its own ("GPLX", "CT07"); null when none.
     */
    String wholeNameIn(QuestionNames q, long sharing) {
        List<String> best = null;
        int bestName = -1;
        for (int n = 0; n < names.size(); n++) {
            List<String> name = names.get(n);
            if (!namedWhole[n] || best != null && name.size() <= best.size()) {
                continue;
            }
            boolean contained = name.size() == 1
                    ? q.tokens().contains(name.get(0)) || q.expanded().contains(name.get(0))
                    : (sharing & bit(n)) != 0 && q.pairSet().containsAll(pairs.get(n))
                            && (contains(q.tokens(), name) || contains(q.expanded(), name));
            if (contained) {
                best = name;
                bestName = n;
            }
        }
        return best == null ? null : joined[bestName];
    }

    private static boolean contains(List<String> tokens, List<String> run) {
        return Collections.indexOfSubList(tokens, run) >= 0;
    }

    /**
     * How much to raise the retrieval score: by the longest run of syllables the question shares with
     * one of the names, more when that name is contained whole. Runs of question words only do not count.
     */
    float boost(QuestionNames q, long sharing) {
        float best = 1f;
        for (int n = 0; sharing != 0 && n < names.size(); n++) {
            List<String> name = names.get(n);
            if (name.size() < 2 || (sharing & bit(n)) == 0) {
                continue;
            }
            int run = q.tokenRuns().longestSharedRun(syllables[n], hashes[n]);
            if (q.expandedDiffers()) {
                run = Math.max(run, q.expandedRuns().longestSharedRun(syllables[n], hashes[n]));
            }
            if (run >= 2) {
                float factor = 1f + PER_SYLLABLE * (Math.min(run, LONGEST_RUN) - 1) + (run == name.size() ? WHOLE_NAME : 0f);
                best = Math.max(best, factor);
            }
        }
        return best;
    }

    /**
     * The names holding at least one syllable pair of the question, as bits: only these can share a
     * run of two syllables with it, or be contained in it whole.
     */
    long namesSharingAPair(QuestionNames q) {
        long mask = 0;
        List<String> pairs = q.adjacentPairs();
        int[] pairHashes = q.adjacentPairHashes();
        for (int i = 0; i < pairHashes.length; i++) {
            if (mayHold(pairHashes[i])) {
                NamePair names = namePairs.get(pairs.get(i));
                if (names != null) {
                    mask |= names.names();
                }
            }
        }
        return mask;
    }

    private static long bit(int name) {
        return 1L << Math.min(name, 63);
    }
}
