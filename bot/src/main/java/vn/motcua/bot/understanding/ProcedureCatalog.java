package vn.motcua.bot.understanding;

import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/** What the core needs from the knowledge base: ranked procedures for a question, and one by id. */
public interface ProcedureCatalog {

    List<SearchHit> search(String question, int limit);

    /** By catalogue id, or by national code (what one-stop systems send). */
    Optional<Procedure> find(String id);

    /**
     * The question folded, with typos repaired and abbreviations spelled out the way the knowledge
     * base reads it ("dk tam tru j" → "dang ki tam tru gi"), for cue phrases to match. A catalog
     * without such knowledge only folds.
     */
    default String normalize(String question) {
        return VietnameseText.fold(question);
    }

    /**
     * The question read once for what understanding needs of it: its normalised text, then perhaps a
     * search. A catalog that analyses questions analyses it once for both; this one normalises it and
     * searches its text.
     */
    default Reading read(String question) {
        String normalized = normalize(question);
        return new Reading() {
            @Override
            public String normalized() {
                return normalized;
            }

            @Override
            public List<SearchHit> search(int limit) {
                return ProcedureCatalog.this.search(question, limit);
            }
        };
    }

    /** A question as the catalog read it: see {@link #read}. */
    interface Reading {
        /** As {@link #normalize} gives it. */
        String normalized();

        /** As {@link #search(String, int)} gives it for the question. */
        List<SearchHit> search(int limit);
    }
}
