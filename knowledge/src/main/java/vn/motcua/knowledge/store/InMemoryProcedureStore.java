package vn.motcua.knowledge.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.knowledge.procedure.Procedure;

/** Procedures held in memory; writes are serialised per id so no concurrent edit is lost. */
public class InMemoryProcedureStore implements ProcedureStore {
    private final Map<String, Procedure> procedures = new ConcurrentHashMap<>();

    public InMemoryProcedureStore() {
    }

    public InMemoryProcedureStore(Collection<Procedure> initial) {
        initial.forEach(p -> procedures.put(p.publicId(), p.versionOrZero() == 0 ? p.withVersion(1) : p));
    }

    @Override
    public List<Procedure> all() {
        return new ArrayList<>(procedures.values());
    }

    @Override
    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    @Override
    public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
        String id = procedure.publicId();
        Procedure[] saved = new Procedure[1];
        long[] conflict = {-1};
        procedures.compute(id, (key, current) -> {
            long currentVersion = current == null ? 0 : current.versionOrZero();
            if (currentVersion != expectedVersion) {
                conflict[0] = currentVersion;
                return current;
            }
            saved[0] = procedure.withVersion(currentVersion + 1);
            return saved[0];
        });
        if (saved[0] == null) {
            throw new StaleVersionException(id, expectedVersion, conflict[0]);
        }
        return saved[0];
    }

    @Override
    public boolean delete(String id, long expectedVersion) throws StaleVersionException {
        long[] conflict = {-1};
        boolean[] removed = {false};
        procedures.computeIfPresent(id, (key, current) -> {
            if (current.versionOrZero() != expectedVersion) {
                conflict[0] = current.versionOrZero();
                return current;
            }
            removed[0] = true;
            return null;
        });
        if (conflict[0] >= 0) {
            throw new StaleVersionException(id, expectedVersion, conflict[0]);
        }
        return removed[0];
    }
}
