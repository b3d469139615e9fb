package vn.motcua.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;

/**
 * The knowledge base's answers (normalised question, search hits) recorded once and replayed, so that
 * the {@code pipeline} stage is the ask without the knowledge base: intent cues, confidence, section,
 * answer text.
 */
final class ReplayedCatalog implements ProcedureCatalog {
    private final ProcedureCatalog recorded;
    private final Map<String, String> normalized = new HashMap<>();
    private final Map<String, List<SearchHit>> hits = new HashMap<>();

    ReplayedCatalog(ProcedureCatalog catalog, List<String> questions) {
        this.recorded = catalog;
        for (String q : questions) {
            normalized.put(q, catalog.normalize(q));
            hits.put(q, catalog.search(q, 5));
        }
    }

    @Override
    public List<SearchHit> search(String question, int limit) {
        List<SearchHit> h = hits.get(question);
        return h != null && limit == 5 ? h : recorded.search(question, limit);
    }

    @Override
    public Optional<Procedure> find(String id) {
        return recorded.find(id);
    }

    @Override
    public String normalize(String question) {
        String n = normalized.get(question);
        return n != null ? n : recorded.normalize(question);
    }
}

/** The questions' index: in memory, or on disk as the application keeps it with {@code -Dindex=disk}. */
