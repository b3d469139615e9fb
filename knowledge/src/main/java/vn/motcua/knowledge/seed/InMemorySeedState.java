package vn.motcua.knowledge.seed;

import java.util.Map;

/** Seed state held in memory, for tests and for a knowledge base that lives only as long as the process. */
public class InMemorySeedState implements SeedState {
    private boolean replaced;
    private Map<String, String> applied = Map.of();

    @Override
    public synchronized boolean seedsReplaced() {
        return replaced;
    }

    @Override
    public synchronized Map<String, String> appliedSeeds() {
        return applied;
    }

    @Override
    public synchronized void save(boolean seedsReplaced, Map<String, String> appliedSeeds) {
        this.replaced = seedsReplaced;
        this.applied = Map.copyOf(appliedSeeds);
    }
}
