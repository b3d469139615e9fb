package vn.motcua.knowledge;

import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/**
 * The knowledge base as the rest of the assistant sees it: procedures in a store, searchable through
 * an index that follows every change at once (no restart).
 */
public class KnowledgeBase implements AutoCloseable {
    private final ProcedureStore store;
    private final ProcedureIndex index;

    public KnowledgeBase(ProcedureStore store, ProcedureIndex index) {
        this.store = store;
        this.index = index;
        index.rebuild(store.all());
    }

    public List<SearchHit> search(String question, int limit) {
        return index.search(question, limit);
    }

    public Optional<Procedure> find(String id) {
        return store.find(id);
    }

    public List<Procedure> all() {
        return store.all();
    }

    public int size() {
        return index.size();
    }

    public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
        Procedure saved = store.save(procedure, expectedVersion);
        index.put(saved);
        return saved;
    }

    public boolean delete(String id, long expectedVersion) throws StaleVersionException {
        boolean removed = store.delete(id, expectedVersion);
        if (removed) {
            index.remove(id);
        }
        return removed;
    }

    @Override
    public void close() {
        index.close();
    }
}
