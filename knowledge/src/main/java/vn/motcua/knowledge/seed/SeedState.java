package vn.motcua.knowledge.seed;

import java.util.Map;

/**
 * What the knowledge base remembers about seeds: whether an import replaced them (then they are never
 * loaded again), and a fingerprint of the seed content last applied to each procedure, which tells an
 * untouched seed procedure from one an admin edited.
 */
public interface SeedState {

    boolean seedsReplaced();

    /** Seed id to the fingerprint of the seed document last applied to it. */
    Map<String, String> appliedSeeds();

    void save(boolean seedsReplaced, Map<String, String> appliedSeeds);
}
