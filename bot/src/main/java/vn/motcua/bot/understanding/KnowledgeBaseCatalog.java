package vn.motcua.bot.understanding;

import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.QuestionAnalysis;
import vn.motcua.knowledge.search.SearchHit;

/** The catalog the assistant reads: the knowledge base, its search and its normalisation of questions. */
public final class KnowledgeBaseCatalog implements ProcedureCatalog {
    private final KnowledgeBase kb;

    public KnowledgeBaseCatalog(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public List<SearchHit> search(String question, int limit) {
        return kb.search(question, limit);
    }

    /** By catalogue id, else by national code (one-stop systems name procedures by the latter). */
    @Override
    public Optional<Procedure> find(String id) {
        return kb.find(id).or(() -> kb.all().stream().filter(p -> id.equals(p.nationalCode())).findFirst());
    }

    @Override
    public String normalize(String question) {
        return kb.normalize(question);
    }

    /** The question analysed once, for its normalised text and its search alike. */
    @Override
    public Reading read(String question) {
        QuestionAnalysis analysis = kb.analyse(question);
        return new Reading() {
            @Override
            public String normalized() {
                return analysis.normalized();
            }

            @Override
            public List<SearchHit> search(int limit) {
                return kb.search(analysis, limit);
            }
        };
    }
}
