package vn.motcua.bot.understanding;

import java.util.List;
import vn.motcua.knowledge.search.SearchHit;

/**
 * Decides whether the best match is good enough to state as fact, close to another one (offer both),
 * or not good enough (say "I don't know").
 */
public class MatchConfidence {
    private final float minimumScore;
    private final float closeRatio;

    public MatchConfidence(float minimumScore, float closeRatio) {
        this.minimumScore = minimumScore;
        this.closeRatio = closeRatio;
    }

    public Understanding.Confidence assess(String question, List<SearchHit> hits) {
        if (hits.isEmpty() || hits.get(0).score() < minimumScore) {
            return Understanding.Confidence.NONE;
        }
        if (hits.size() > 1 && hits.get(1).score() >= hits.get(0).score() * closeRatio) {
            return Understanding.Confidence.AMBIGUOUS;
        }
        return Understanding.Confidence.HIGH;
    }
}
