package vn.motcua.bot.understanding;

import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Reads a message: cue phrases decide the non-procedure intents (a dossier code or "hồ sơ đến đâu",
 * the post office, greetings, help); otherwise the knowledge base is searched and the match's
 * strength decides between a procedure answer and "I don't know".
 */
public class IntentClassifier {
    private static final Pattern DOSSIER_CODE = Pattern.compile(
            "(?i)(?:\\d{3}[.\\s]?[0-9a-z]{2}[.\\s]?[0-9a-z]{2}[.\\s]?)?[gh][\\s.]?\\d{2}[.\\s-]*[0-9.]*[\\s-]*\\d{6}[\\s-]*\\d{4}");
    private static final Phrases STATUS = Phrases.of(List.of(
            "tra cứu hồ sơ", "hồ sơ của tôi", "hồ sơ của em", "hồ sơ của mình", "tình trạng hồ sơ",
            "tiến độ hồ sơ", "hồ sơ đến đâu", "đến đâu rồi", "tới đâu", "xử lý tới đâu", "xử lý đến đâu",
            "mã hồ sơ", "đã có kết quả chưa", "xong chưa", "ở bước nào", "đang ở bước nào",
            "theo dõi hồ sơ", "hủy theo dõi", "ngừng theo dõi", "dừng theo dõi", "bỏ theo dõi", "ngừng nhận tin"));
    // asking for the post to bring a result wins over the dossier code the request names
    private static final Phrases BOOKING_REQUEST = Phrases.of(List.of(
            "đặt bưu điện", "đặt bưu chính", "đặt dịch vụ bưu chính", "trả kết quả tại nhà", "nhận kết quả tại nhà"));
    private static final Phrases BOOKING = Phrases.of(List.of(
            "bưu điện", "bưu chính", "bưu chính công ích", "tận nhà", "tại nhà", "về nhà", "ship",
            "giao kết quả", "chuyển phát"));
    private static final Phrases GREETING = Phrases.of(List.of(
            "xin chào", "chào", "chào bạn", "chào ad", "hello", "hi", "alo", "chào em", "chào anh", "chào chị"));
    private static final Phrases HELP = Phrases.of(List.of(
            "trợ giúp", "help", "hướng dẫn sử dụng", "bạn làm được gì", "bạn giúp được gì", "menu", "tro giup"));
    private static final int GREETING_MAX_WORDS = 4;

    private final ProcedureCatalog catalog;
    private final SectionDetector sections;
    private final MatchConfidence confidence;

    public IntentClassifier(ProcedureCatalog catalog, SectionDetector sections, MatchConfidence confidence) {
        this.catalog = catalog;
        this.sections = sections;
        this.confidence = confidence;
    }

    public Understanding understand(String text) {
        String folded = VietnameseText.fold(text);
        int words = folded.isEmpty() ? 0 : folded.split(" ").length;
        if (BOOKING_REQUEST.foundIn(folded)) {
            return new Understanding(Intent.POSTAL_BOOKING, null, List.of(), Understanding.Confidence.NONE);
        }
        // the loose pattern also catches partial codes; the flow then asks for the whole one
        if (DOSSIER_CODE.matcher(text).find() || DossierCode.findIn(text).isPresent() || STATUS.foundIn(folded)) {
            return new Understanding(Intent.DOSSIER_STATUS, null, List.of(), Understanding.Confidence.NONE);
        }
        if (BOOKING.foundIn(folded)) {
            return new Understanding(Intent.POSTAL_BOOKING, null, List.of(), Understanding.Confidence.NONE);
        }
        if (HELP.foundIn(folded) && words <= 6) {
            return new Understanding(Intent.HELP, null, List.of(), Understanding.Confidence.NONE);
        }
        if (GREETING.foundIn(folded) && words <= GREETING_MAX_WORDS) {
            return new Understanding(Intent.GREETING, null, List.of(), Understanding.Confidence.NONE);
        }
        List<SearchHit> hits = catalog.search(text, 5);
        Understanding.Confidence level = confidence.assess(text, hits);
        if (level == Understanding.Confidence.NONE) {
            return new Understanding(Intent.OUT_OF_SCOPE, null, hits, level);
        }
        ProcedureSection section = sections.detect(text);
        return new Understanding(Intent.PROCEDURE, section, hits, level);
    }
}
