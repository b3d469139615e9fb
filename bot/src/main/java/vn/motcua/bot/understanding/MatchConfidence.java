package vn.motcua.bot.understanding;

import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Decides whether the best match is good enough to state as fact, close to another one (offer the
 * top choices), or not good enough (say "I don't know").
 *
 * <p>A retrieval score alone tells in-scope from out-of-scope poorly: a question about the weather
 * still shares "cần", "làm", "ở đâu" with some procedure. So a match must also be <em>about</em> the
 * procedure: the question has to share a distinctive term with its name or everyday names (the
 * search reports these as topic terms), and must not be about a topic the one-stop shop does not
 * handle (weather, prices, courts, customs...) unless the procedure itself is named after it.
 */
public class MatchConfidence {
    private static final Phrases OUT_OF_DOMAIN = Phrases.of(List.of(
            // everyday life
            "thời tiết", "dự báo thời tiết", "nhiệt độ", "giá vàng", "tỷ giá", "chứng khoán", "cổ phiếu",
            "lãi suất", "gửi tiết kiệm", "tiền ảo", "bitcoin", "xổ số", "bóng đá", "đá bóng", "trận đấu",
            "kênh nào chiếu", "phim", "ca nhạc", "bài hát", "nấu", "món ăn", "công thức nấu", "nhà hàng",
            "khám bệnh", "triệu chứng", "uống thuốc",
            // matters for courts, customs, industrial property and embassies, not the one-stop shop
            "ly hôn", "tòa án", "khởi kiện", "nhập khẩu ô tô", "nhập khẩu xe", "nhập khẩu hàng",
            "xuất nhập khẩu", "hải quan", "thông quan", "nhãn hiệu", "sáng chế", "bản quyền",
            "sở hữu trí tuệ", "visa", "thị thực", "đại sứ quán",
            // the assistant itself
            "bạn là ai", "bạn tên", "tên bạn", "tên là gì", "người thật", "là người hay", "robot"));

    private final float minimumScore;
    private final float closeRatio;

    public MatchConfidence(float minimumScore, float closeRatio) {
        this.minimumScore = minimumScore;
        this.closeRatio = closeRatio;
    }

    /** The thresholds the assistant runs with. */
    public static MatchConfidence standard() {
        return new MatchConfidence(1.0f, 0.9f);
    }

    /**
     * @param normalizedQuestion the question as {@link ProcedureCatalog#normalize} returns it
     * @param hits               ranked matches, best first
     */
    public Understanding.Confidence assess(String normalizedQuestion, List<SearchHit> hits) {
        return assess(CanonicalText.of(normalizedQuestion), hits);
    }

    /** As {@link #assess(String, List)}, on the question already cut into canonical words. */
    public Understanding.Confidence assess(CanonicalText normalizedQuestion, List<SearchHit> hits) {
        if (hits.isEmpty() || hits.get(0).score() < minimumScore) {
            return Understanding.Confidence.NONE;
        }
        SearchHit top = hits.get(0);
        if (top.topicTerms().isEmpty() || aboutAnotherDomain(normalizedQuestion, top.procedure())) {
            return Understanding.Confidence.NONE;
        }
        if (hits.size() > 1 && hits.get(1).score() >= top.score() * closeRatio) {
            return Understanding.Confidence.AMBIGUOUS;
        }
        return Understanding.Confidence.HIGH;
    }

    private static boolean aboutAnotherDomain(CanonicalText question, Procedure p) {
        // most questions hold no such topic: found without collecting the matches
        if (!OUT_OF_DOMAIN.foundIn(question)) {
            return false;
        }
        List<String> topics = OUT_OF_DOMAIN.foundAll(question);
        List<String> named = OUT_OF_DOMAIN.foundAll(VietnameseText.fold(p.name() + " . " + String.join(" . ", p.aliases())));
        return !named.containsAll(topics);
    }
}
