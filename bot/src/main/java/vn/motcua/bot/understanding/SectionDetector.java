package vn.motcua.bot.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Which part of a procedure a question asks about, from cue phrases on the normalised (folded)
 * question. Cues are matched longest first, so "có giá trị bao lâu" (how long the result is valid)
 * is one cue for the result and not also "bao lâu" (processing time). Words of the procedure's own
 * name are not cues: "miễn học phí" asks about a procedure, not its fee. Strong cues count 2, weak
 * ones 1; on a tie the cue nearer the end wins, since that is where the question usually is. A
 * question with no cue, or asking "làm thế nào", gets the general overview.
 */
public class SectionDetector {
    private final Map<String, Cue> cues = new HashMap<>();
    /** The strong cues as written (with diacritics), in the order above: questions can be made from them. */
    private final List<String> strongCues = new ArrayList<>();
    private final Phrases phrases;

    private record Cue(ProcedureSection section, int weight) {
    }

    public SectionDetector() {
        strong(ProcedureSection.FEES, "lệ phí", "phí", "bao nhiêu tiền", "mất tiền", "tốn tiền", "tốn bao nhiêu",
                "chi phí", "miễn phí", "mất phí", "tốn phí", "khoản tiền", "tiền gì", "đóng thuế", "nộp thuế",
                "có phải đóng thuế", "có phải nộp thuế", "có phải đóng tiền", "có phải nộp tiền", "có phải nộp phí",
                "hết bao nhiêu", "giá bao nhiêu");
        weak(ProcedureSection.FEES, "tiền", "giá", "thuế");
        strong(ProcedureSection.TIME, "bao lâu", "mấy ngày", "bao nhiêu ngày", "thời gian", "thời hạn giải quyết",
                "khi nào có", "lâu không", "bao giờ có", "bao giờ thì", "bao giờ", "mất mấy", "lấy ngay", "có ngay",
                "phải chờ", "chờ bao lâu", "trong ngày", "mấy hôm", "bao nhiêu thời gian");
        weak(ProcedureSection.TIME, "thời hạn", "nhanh nhất");
        strong(ProcedureSection.DOCUMENTS, "giấy tờ", "hồ sơ gồm", "cần những gì", "cần gì", "chuẩn bị",
                "thành phần hồ sơ", "mang theo", "mang gì", "hồ sơ gì", "giấy gì", "những gì", "nộp những gì",
                "cần nộp", "hồ sơ cần", "cần hồ sơ", "cần những giấy");
        strong(ProcedureSection.PLACE, "ở đâu", "nộp đâu", "làm đâu", "chỗ nào", "nơi nào", "cơ quan nào",
                "bên nào", "xã hay", "phường hay", "huyện hay", "tỉnh hay", "trường hay", "hay sở", "lên xã",
                "lên huyện", "lên tỉnh", "lên phường", "nộp cho", "tòa nào", "chỗ làm", "nơi nộp", "nơi làm");
        weak(ProcedureSection.PLACE, "đâu", "ở xã", "ở phường", "tại xã");
        strong(ProcedureSection.ONLINE, "trực tuyến", "qua mạng", "dịch vụ công", "vneid", "trên mạng", "từ xa",
                "cổng dịch vụ công", "làm online", "nộp online", "trên app", "qua app", "ứng dụng");
        strong(ProcedureSection.STEPS, "các bước", "trình tự", "quy trình", "những bước", "bước nào", "bước gì",
                "thủ tục gồm những bước", "trình tự thế nào", "làm những bước");
        weak(ProcedureSection.STEPS, "bước");
        strong(ProcedureSection.REQUIREMENTS, "điều kiện", "bao nhiêu tuổi", "mấy tuổi", "đủ tuổi", "có bắt buộc",
                "bắt buộc", "yêu cầu", "có phải", "có cần", "phải có", "đối tượng", "ai được", "tối thiểu",
                "cần đóng", "có được nhận", "có được không", "được phép", "có được làm");
        weak(ProcedureSection.REQUIREMENTS, "được không", "có được");
        strong(ProcedureSection.RESULT, "nhận được gì", "nhận được giấy gì", "nhận được giấy", "kết quả",
                "có giá trị", "giá trị bao lâu", "giá trị trong bao lâu", "có thời hạn", "thời hạn bao lâu",
                "có giá trị bao lâu", "có giá trị trong bao lâu", "có thời hạn bao lâu", "có thời hạn mấy năm",
                "thời hạn mấy năm", "hạn mấy năm", "khác nhau", "được cấp gì", "được cấp mấy");
        weak(ProcedureSection.RESULT, "được cấp", "mấy năm", "mấy bản");
        strong(ProcedureSection.GENERAL, "làm thế nào", "như thế nào", "thế nào", "ra sao", "làm sao",
                "thủ tục gì", "thủ tục thế nào", "phải làm gì", "cần làm gì");
        phrases = Phrases.longestFirst(cues.keySet());
    }

    /**
     * Every strong cue phrase as written, with diacritics, in a fixed order: the start-up warm-up adds them
     * to procedure names to make section questions without keeping a list of its own.
     */
    public List<String> strongCues() {
        return List.copyOf(strongCues);
    }

    /** The section asked for, reading cues anywhere in the question. */
    public ProcedureSection detect(String normalized) {
        return detect(CanonicalText.of(normalized), null);
    }

    /**
     * The section asked for about {@code procedure} (the best match, or null): runs of words taken from
     * its name or everyday names are not read as cues.
     */
    public ProcedureSection detect(String normalized, Procedure procedure) {
        return detect(CanonicalText.of(normalized), procedure);
    }

    /** As {@link #detect(String, Procedure)}, on the question already cut into canonical words. */
    public ProcedureSection detect(CanonicalText normalized, Procedure procedure) {
        CanonicalText text = procedure == null ? normalized : withoutNames(normalized, procedure);
        ProcedureSection[] sections = ProcedureSection.values();
        int[] scores = new int[sections.length];
        int[] lastAt = new int[sections.length];
        phrases.forEachMatch(text, (phrase, start) -> {
            Cue cue = cues.get(phrase);
            scores[cue.section().ordinal()] += cue.weight();
            lastAt[cue.section().ordinal()] = start;
        });
        // the highest score; on a tie a specific section over the overview, then the cue nearer the end
        ProcedureSection best = ProcedureSection.GENERAL;
        int bestScore = 0;
        for (ProcedureSection s : sections) {
            int score = scores[s.ordinal()];
            if (score == 0) {
                continue;
            }
            if (bestScore == 0 || score > bestScore
                    || score == bestScore && beatsOnTie(s, lastAt[s.ordinal()], best, lastAt[best.ordinal()])) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean beatsOnTie(ProcedureSection s, int at, ProcedureSection other, int otherAt) {
        boolean general = s == ProcedureSection.GENERAL;
        boolean otherGeneral = other == ProcedureSection.GENERAL;
        if (general != otherGeneral) {
            return otherGeneral;
        }
        return at > otherAt;
    }

    /** Blanks every run of two or more words that also stands in the procedure's name or aliases. */
    static CanonicalText withoutNames(CanonicalText question, Procedure p) {
        NameWords names = NameWords.of(p);
        int n = question.wordCount();
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            // a foreign word of the name ("VNeID") is the name too
            covered[i] = names.foreign().contains(question.word(i));
        }
        for (int i = 0; i + 1 < n; i++) {
            if (names.hasPair(question.word(i), question.word(i + 1))) {
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
        // the words joined by spaces, a blanked word as "_" (which separates words): the words of
        // this text are the words not blanked, where they were put
        StringBuilder out = new StringBuilder(question.text().length() + n);
        int[] starts = new int[n];
        String[] words = new String[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (covered[i]) {
                out.append('_');
            } else {
                starts[kept] = out.length();
                words[kept++] = question.word(i);
                out.append(question.word(i));
            }
        }
        return CanonicalText.ofWords(out.toString(), Arrays.copyOf(starts, kept), Arrays.copyOf(words, kept));
    }

    /**
     * The word pairs and foreign words of a procedure's name and aliases. A pair that names an aspect
     * is left out ("giấy tờ" in "chứng thực giấy tờ" still asks for documents): whether it does
     * depends on its two words alone, so it is settled here once rather than for every question.
     */
    private record NameWords(Map<String, Set<String>> pairs, Set<String> foreign) {
        /** Whether "first second" is a pair of words of the names and no aspect (words hold no spaces). */
        boolean hasPair(String first, String second) {
            Set<String> seconds = pairs.get(first);
            return seconds != null && seconds.contains(second);
        }

        /**
         * Folding and cutting the names costs more than the rest of the section detection, and the same
         * few procedures come up again and again: kept by the names themselves, so an edited name is
         * simply a new entry; bounded (emptied when full) for knowledge bases of any size.
         */
        private static final int KEPT = 4096;
        private static final Map<List<String>, NameWords> KNOWN = new ConcurrentHashMap<>();

        static NameWords of(Procedure p) {
            List<String> names = new ArrayList<>(p.aliases().size() + 1);
            names.addAll(p.aliases());
            names.add(p.name());
            NameWords known = KNOWN.get(names);
            if (known == null) {
                known = read(names);
                if (KNOWN.size() >= KEPT) {
                    KNOWN.clear();
                }
                KNOWN.put(names, known);
            }
            return known;
        }

        private static NameWords read(List<String> names) {
            Map<String, Set<String>> pairs = new HashMap<>();
            Set<String> foreign = new HashSet<>();
            for (String name : names) {
                CanonicalText t = CanonicalText.of(VietnameseText.fold(name));
                for (int i = 0; i < t.wordCount(); i++) {
                    String w = t.word(i);
                    if (w.length() >= 3 && !VietnameseSpelling.isSyllable(w) && !w.chars().allMatch(Character::isDigit)) {
                        foreign.add(w);
                    }
                    if (i + 1 < t.wordCount()) {
                        pairs.computeIfAbsent(w, k -> new HashSet<>()).add(t.word(i + 1));
                    }
                }
            }
            Map<String, Set<String>> kept = new HashMap<>();
            pairs.forEach((first, seconds) -> {
                seconds.removeIf(second -> QuestionWords.isAspect(first + " " + second));
                if (!seconds.isEmpty()) {
                    kept.put(first, Set.copyOf(seconds));
                }
            });
            return new NameWords(Map.copyOf(kept), Set.copyOf(foreign));
        }
    }

    private void strong(ProcedureSection section, String... phrases) {
        strongCues.addAll(Arrays.asList(phrases));
        add(section, 2, phrases);
    }

    private void weak(ProcedureSection section, String... phrases) {
        add(section, 1, phrases);
    }

    private void add(ProcedureSection section, int weight, String... phrases) {
        for (String phrase : phrases) {
            cues.putIfAbsent(Phrases.canonical(VietnameseText.fold(phrase)), new Cue(section, weight));
        }
    }

}
