package vn.motcua.knowledge.search;

import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * A procedure that matched a question, with its retrieval score (higher is better, not bounded) and
 * the topic terms it shares with the question: distinctive syllable pairs (or foreign words such as
 * "VNeID") of the procedure's name or everyday names that the question also uses. An empty list means
 * the match rests on incidental words only.
 */
public record SearchHit(Procedure procedure, float score, List<String> topicTerms) {
    public SearchHit {
        topicTerms = topicTerms == null ? List.of() : List.copyOf(topicTerms);
    }

    public SearchHit(Procedure procedure, float score) {
        this(procedure, score, List.of());
    }
}
