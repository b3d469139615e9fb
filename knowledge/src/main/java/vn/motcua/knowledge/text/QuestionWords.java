package vn.motcua.knowledge.text;

import java.util.Set;

/**
 * Folded words that carry the grammar or the politeness of a question, not its topic ("cần gì",
 * "ở đâu", "ạ", "ad"). They must not decide which procedure matches: every question has them, and
 * example questions stored with procedures have them too.
 */
public final class QuestionWords {
    private static final WordSet WORDS = WordSet.of(Set.of(
            // question words and particles
            "gi", "nao", "dau", "sao", "the", "nhu", "bao", "nhieu", "lau", "may", "khong", "ko", "k", "chua",
            "co", "duoc", "dc", "thi", "la", "ma", "va", "hay", "hoac", "voi", "cua", "cho", "o", "tai", "de",
            "khi", "neu", "can", "phai", "muon", "lam", "nhung", "cac", "mot", "nay", "do", "roi", "ra", "vao",
            "len", "ve", "tu", "den", "toi", "trong", "ngoai", "thu", "tuc", "ho", "giup", "hoi", "xin", "nhe",
            "a", "ah", "oi", "vay", "nha", "nhi", "u", "uh", "ha", "chu", "ne", "luon", "gio", "da", "dang",
            "se", "vua", "moi", "con", "nua", "cung", "van", "rat", "qua", "di", "nguoi", "viec",
            // pronouns and forms of address
            "minh", "em", "e", "anh", "chi", "ban", "bn", "ad", "admin", "mn", "ong", "ba", "chau",
            "tui", "t", "m", "cau", "bac", "j", "z", "v", "r"));

    /**
     * The narrower set of words that are never part of what a question is about, whatever their
     * diacritics were: unlike "ho" (hộ, họ, hồ) or "tu" (tử, tư), these fold from function words only.
     */
    private static final WordSet FUNCTION_WORDS = WordSet.of(Set.of(
            "cho", "lam", "gi", "nao", "sao", "nhu", "khong", "ko", "duoc", "dc", "thi", "la", "ma", "va", "hay",
            "hoac", "voi", "cua", "o", "tai", "de", "khi", "neu", "nhung", "cac", "mot", "nay", "roi", "ra",
            "vao", "len", "ve", "den", "trong", "giup", "hoi", "xin", "nhe", "a", "oi", "vay", "nha", "minh",
            "em", "toi", "ad", "muon", "phai", "bao", "nhieu", "lau", "may", "chua", "co", "j", "k", "e"));

    /**
     * Words and pairs that say which part of a procedure is asked about ("lệ phí", "giấy tờ", "bao
     * lâu"), not which procedure: they should count little in retrieval, or "lệ phí đăng ký khai tử"
     * would rank a procedure named after a fee above the death registration.
     */
    private static final WordSet ASPECT_WORDS = WordSet.of(Set.of(
            "phi", "to", "han", "buoc", "trinh", "kien", "ket", "qua", "thoi", "gian", "mien", "yeu", "cau",
            "le phi", "chi phi", "mien phi", "mat phi", "giay to", "ho so", "thoi han", "thoi gian", "thu tuc",
            "ket qua", "dieu kien", "trinh tu", "cac buoc", "quy trinh", "thanh phan", "yeu cau", "bat buoc",
            "chuan bi", "mang theo", "giay gi", "can giay", "nhung giay", "phan ho", "so gom", "nop ho",
            "cach thuc", "truc tiep"));

    private QuestionWords() {
    }

    /** Whether a folded syllable or pair names a part of a procedure (fee, documents, time...). */
    public static boolean isAspect(String folded) {
        return ASPECT_WORDS.contains(folded);
    }

    /** Whether a folded syllable can only be a function word (never topic, under any diacritics). */
    public static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded);
    }

    /** Whether a folded syllable is grammar or politeness rather than topic. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
