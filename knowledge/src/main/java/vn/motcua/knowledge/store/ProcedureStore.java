package vn.motcua.knowledge.store;

import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;

/** The procedures of the knowledge base, with optimistic locking on writes. */
public interface ProcedureStore {

    List<Procedure> all();

    Optional<Procedure> find(String id);

    /**
     * Stores the procedure if the stored version still equals {@code expectedVersion} (0 for a new
     * procedure) and returns it with its new version.
     */
    Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException;

    /** Removes the procedure if its version is still {@code expectedVersion}; false when absent. */
    boolean delete(String id, long expectedVersion) throws StaleVersionException;
}
