package vn.motcua.bot.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Map<String, Cue> cues = new HashMap<>();
    private final Pattern pattern;

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
        pattern = compile();
    }

    /** The section asked for, reading cues anywhere in the question. */
    public ProcedureSection detect(String normalized) {
        return detect(normalized, null);
    }

    /**
     * The section asked for about {@code procedure} (the best match, or null): runs of words taken from
     * its name or everyday names are not read as cues.
     */
    public ProcedureSection detect(String normalized, Procedure procedure) {
        String text = procedure == null ? Phrases.canonical(normalized) : withoutNames(normalized, procedure);
        Map<ProcedureSection, Integer> scores = new EnumMap<>(ProcedureSection.class);
        Map<ProcedureSection, Integer> lastAt = new EnumMap<>(ProcedureSection.class);
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Cue cue = cues.get(m.group());
            scores.merge(cue.section(), cue.weight(), Integer::sum);
            lastAt.put(cue.section(), m.start());
        }
        return scores.entrySet().stream()
                .max(Comparator.<Map.Entry<ProcedureSection, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey() == ProcedureSection.GENERAL ? 0 : 1)
                        .thenComparingInt(e -> lastAt.get(e.getKey())))
                .map(Map.Entry::getKey)
                .orElse(ProcedureSection.GENERAL);
    }

    /** Blanks every run of two or more words that also stands in the procedure's name or aliases. */
    private static String withoutNames(String normalized, Procedure p) {
        List<String> words = tokens(normalized);
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        java.util.Set<String> pairs = new java.util.HashSet<>();
        java.util.Set<String> foreign = new java.util.HashSet<>();
        for (String name : names) {
            List<String> t = tokens(VietnameseText.fold(name));
            t.stream().filter(w -> w.length() >= 3 && !VietnameseSpelling.isSyllable(w)
                    && !w.chars().allMatch(Character::isDigit)).forEach(foreign::add);
            for (int i = 0; i + 1 < t.size(); i++) {
                pairs.add(t.get(i) + " " + t.get(i + 1));
            }
        }
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            // a foreign word of the name ("VNeID") is the name too
            covered[i] = foreign.contains(words.get(i));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String pair = words.get(i) + " " + words.get(i + 1);
            // "giấy tờ" in "chứng thực giấy tờ" still asks for documents
            if (pairs.contains(pair) && !QuestionWords.isAspect(pair)) {
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(covered[i] ? "_" : words.get(i)).append(' ');
        }
        return out.toString().trim();
    }

    private static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(Phrases.canonical(folded));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private void strong(ProcedureSection section, String... phrases) {
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

    private Pattern compile() {
        String alternatives = cues.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
