package vn.motcua.bot.understanding;

import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Reads a message: cue phrases decide the non-procedure intents (a dossier code or "hồ sơ đến đâu",
 * a pick-up or delivery by the post office, greetings, help); otherwise the knowledge base is
 * searched and {@link MatchConfidence} decides between a procedure answer and "I don't know". Cues are
 * matched on the catalog's normalised text, so "hs cua e toi dau r" and "hồ sơ của em tới đâu rồi" read
 * alike.
 */
public class IntentClassifier {
    private static final Pattern DOSSIER_CODE = Pattern.compile(
            "(?i)(?:\\d{3}[.\\s]?[0-9a-z]{2}[.\\s]?[0-9a-z]{2}[.\\s]?)?[gh][\\s.]?\\d{2}[.\\s-]*[0-9.]*[\\s-]*\\d{6}[\\s-]*\\d{4}");
    private static final Phrases STATUS = Phrases.of(List.of(
            "tra cứu hồ sơ", "hồ sơ của tôi", "hồ sơ của em", "hồ sơ của mình", "hồ sơ của tao", "tình trạng hồ sơ",
            "tiến độ hồ sơ", "tiến độ giải quyết", "hồ sơ đến đâu", "đến đâu rồi", "tới đâu", "xử lý tới đâu",
            "xử lý đến đâu", "mã hồ sơ", "đã có kết quả chưa", "có kết quả chưa", "xong chưa", "ở bước nào",
            "đang ở bước nào", "kiểm tra hồ sơ", "xem hồ sơ", "hồ sơ đang xử lý", "trạng thái hồ sơ",
            "sao chưa có kết quả", "chưa thấy trả kết quả", "hồ sơ bị trễ hẹn", "hồ sơ quá hạn",
            "theo dõi hồ sơ", "hủy theo dõi", "ngừng theo dõi", "dừng theo dõi", "bỏ theo dõi", "ngừng nhận tin"));
    // asking for the post to bring a result wins over the dossier code the request names
    private static final Phrases BOOKING_REQUEST = Phrases.of(List.of(
            "đặt bưu điện", "đặt bưu chính", "đặt dịch vụ bưu chính", "trả kết quả tại nhà", "nhận kết quả tại nhà",
            "trả kết quả về nhà", "gửi kết quả về nhà", "ship kết quả", "giao kết quả", "bưu điện trả kết quả"));
    /** Said of a dossier ("hồ sơ", "hs"), these ask where it stands rather than how a procedure works. */
    private static final Phrases DOSSIER = Phrases.of(List.of("hồ sơ", "hs", "mã hồ sơ", "biên nhận", "giấy hẹn"));
    private static final Phrases STANDING = Phrases.of(List.of(
            "sao rồi", "xong chưa", "có kết quả chưa", "duyệt chưa", "được duyệt chưa", "đến đâu", "tới đâu",
            "bị từ chối", "trả chưa", "đang xử lý", "chưa thấy", "trễ hẹn", "chậm trả", "bị trả lại",
            "xử lý chưa", "giải quyết chưa", "tiếp nhận chưa"));
    private static final Phrases POSTAL = Phrases.of(List.of(
            "bưu điện", "bưu chính", "bưu chính công ích", "bcci", "vnpost", "ship", "chuyển phát", "bưu tá"));
    private static final Phrases HOME = Phrases.of(List.of(
            "tại nhà", "tận nhà", "về nhà", "qua nhà", "đến nhà", "tới nhà", "địa chỉ nhà", "nhà riêng",
            "tận nơi", "về địa chỉ"));
    private static final Phrases DELIVERY = Phrases.of(List.of(
            "đặt", "book", "đặt lịch", "đến lấy", "tới lấy", "qua lấy", "đến nhận", "tới nhận", "lấy hồ sơ",
            "nhận hồ sơ", "gửi kết quả", "trả kết quả", "nhận kết quả", "chuyển kết quả", "chuyển bằng",
            "chuyển giấy", "giao kết quả", "gửi hồ sơ giúp", "ship"));
    private static final Phrases GREETING = Phrases.of(List.of(
            "xin chào", "chào", "chào bạn", "chào admin", "hello", "hi", "alo", "chào em", "chào anh", "chào chị"));
    private static final Phrases HELP = Phrases.of(List.of(
            "trợ giúp", "help", "hướng dẫn sử dụng", "bạn làm được gì", "bạn giúp được gì", "menu",
            "giúp được gì", "làm được những gì"));
    private static final CueLists CUES = new CueLists(STATUS, BOOKING_REQUEST, DOSSIER, STANDING, POSTAL, HOME,
            DELIVERY, GREETING, HELP);
    private static final int GREETING_MAX_WORDS = 4;
    private static final int HELP_MAX_WORDS = 6;
    private static final int CODE_DIGITS = 12;

    private final ProcedureCatalog catalog;
    private final SectionDetector sections;
    private final MatchConfidence confidence;

    public IntentClassifier(ProcedureCatalog catalog, SectionDetector sections, MatchConfidence confidence) {
        this.catalog = catalog;
        this.sections = sections;
        this.confidence = confidence;
    }

    /** The classifier the assistant runs with: the standard cues, sections and confidence rules. */
    public static IntentClassifier standard(ProcedureCatalog catalog) {
        return new IntentClassifier(catalog, new SectionDetector(), MatchConfidence.standard());
    }

    public Understanding understand(String text) {
        // read once: the normalised text and the search below come from one analysis of the question
        ProcedureCatalog.Reading reading = catalog.read(text);
        String normalizedText = reading.normalized();
        String foldedText = VietnameseText.fold(text);
        // each form is cut into canonical words once, for all the cue lists below
        CanonicalText normalizedWords = CanonicalText.of(normalizedText);
        CanonicalText foldedWords = foldedText.equals(normalizedText) ? normalizedWords : CanonicalText.of(foldedText);
        CueLists.Reading normalized = CUES.on(normalizedWords);
        CueLists.Reading folded = foldedWords == normalizedWords ? normalized : CUES.on(foldedWords);
        int words = words(foldedText);
        if (foundIn(BOOKING_REQUEST, normalized, folded)) {
            return new Understanding(Intent.POSTAL_BOOKING, null, List.of(), Understanding.Confidence.NONE);
        }
        // the loose pattern also catches partial codes; the flow then asks for the whole one
        if (mayHoldDossierCode(text) && (DOSSIER_CODE.matcher(text).find() || DossierCode.findIn(text).isPresent())
                || foundIn(STATUS, normalized, folded)
                || folded.found(DOSSIER) && normalized.found(STANDING)) {
            return new Understanding(Intent.DOSSIER_STATUS, null, List.of(), Understanding.Confidence.NONE);
        }
        if (isBooking(normalized)) {
            return new Understanding(Intent.POSTAL_BOOKING, null, List.of(), Understanding.Confidence.NONE);
        }
        if (foundIn(HELP, normalized, folded) && words <= HELP_MAX_WORDS) {
            return new Understanding(Intent.HELP, null, List.of(), Understanding.Confidence.NONE);
        }
        if (foundIn(GREETING, normalized, folded) && words <= GREETING_MAX_WORDS) {
            return new Understanding(Intent.GREETING, null, List.of(), Understanding.Confidence.NONE);
        }
        List<SearchHit> hits = reading.search(5);
        Understanding.Confidence level = confidence.assess(normalizedWords, hits);
        if (level == Understanding.Confidence.NONE) {
            return new Understanding(Intent.OUT_OF_SCOPE, null, hits, level);
        }
        ProcedureSection section = sections.detect(normalizedWords, hits.get(0).procedure());
        return new Understanding(Intent.PROCEDURE, section, hits, level);
    }

    /** Whether either form holds one of the phrases (the folded form read only when it differs). */
    private static boolean foundIn(Phrases phrases, CueLists.Reading normalized, CueLists.Reading folded) {
        return normalized.found(phrases) || folded != normalized && folded.found(phrases);
    }

    /**
     * The number of words of folded text, as {@code split(" ")} counts them: folding trims the text
     * and collapses its spaces, so a text that is not blank has one word more than it has spaces.
     */
    static int words(String folded) {
        if (folded.isBlank()) {
            return 0;
        }
        int spaces = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces + 1;
    }

    /**
     * Both dossier code patterns need at least {@value #CODE_DIGITS} ASCII digits (two for the office,
     * six for the date, four for the counter); a code in a QR payload may be percent-encoded. Most
     * questions have no digits at all, and are spared the two patterns' scans.
     */
    private static boolean mayHoldDossierCode(String text) {
        if (text.indexOf('%') >= 0) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= CODE_DIGITS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The post office picking a dossier up or bringing a result home. Only mentioning the post office
     * ("nộp qua bưu điện được không") is a question about the procedure's channels, not a booking.
     */
    private static boolean isBooking(CueLists.Reading normalized) {
        boolean postal = normalized.found(POSTAL);
        boolean home = normalized.found(HOME);
        boolean delivery = normalized.found(DELIVERY);
        return postal && (home || delivery) || home && delivery;
    }
}
