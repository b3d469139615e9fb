package vn.motcua.adapters;

import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * The procedures a knowledge base starts from when its store has never held any (the seeds shipped in
 * the jar). Shared because each store implementation (in process, Redis) seeds itself from them.
 */
@FunctionalInterface
public interface InitialProcedures {

    List<Procedure> procedures();
}
