package vn.motcua.bot.understanding;

import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;

/** What the core needs from the knowledge base: ranked procedures for a question, and one by id. */
public interface ProcedureCatalog {

    List<SearchHit> search(String question, int limit);

    /** By catalogue id, or by national code (what one-stop systems send). */
    Optional<Procedure> find(String id);
}
