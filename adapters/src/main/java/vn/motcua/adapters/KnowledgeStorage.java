package vn.motcua.adapters;

import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.store.ProcedureStore;

/**
 * Where the knowledge base is kept, opened outside the server: the procedures and the seed state that
 * the {@code import} command writes, in a data dir's files or in the Redis that instances share.
 */
public interface KnowledgeStorage extends AutoCloseable {

    ProcedureStore procedures();

    SeedState seedState();

    /** Where it is, in the operator's words (a folder, or the Redis server and key prefix). */
    String location();

    @Override
    void close();
}
