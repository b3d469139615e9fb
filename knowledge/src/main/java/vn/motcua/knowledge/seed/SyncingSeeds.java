package vn.motcua.knowledge.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/**
 * Brings the seed procedures of this release into the store at start-up. The rule: a seed update
 * reaches a procedure only while nobody changed it since the seed was last applied (its stored content
 * still has the fingerprint recorded then). Edited procedures are kept as edited; a seed procedure an
 * admin deleted stays deleted; new seeds are added; a seed dropped from the release is left in place.
 * After an import with {@code --replace} seeds are not loaded at all.
 */
public class SyncingSeeds {
    private static final Logger log = LoggerFactory.getLogger(SyncingSeeds.class);

    private final ProcedureStore store;
    private final SeedState state;

    /** What a sync did. */
    public record Outcome(int added, int updated, int keptEdited, int keptDeleted, boolean skippedReplaced) {
    }

    public SyncingSeeds(ProcedureStore store, SeedState state) {
        this.store = store;
        this.state = state;
    }

    public Outcome apply(List<Procedure> seeds) {
        if (state.seedsReplaced()) {
            log.info("Seeds not loaded: the knowledge base was replaced by an import");
            return new Outcome(0, 0, 0, 0, true);
        }
        Map<String, String> applied = new LinkedHashMap<>(state.appliedSeeds());
        int added = 0;
        int updated = 0;
        int keptEdited = 0;
        int keptDeleted = 0;
        for (Procedure seed : seeds) {
            String id = seed.publicId();
            String seedPrint = fingerprint(seed);
            Optional<Procedure> stored = store.find(id);
            String last = applied.get(id);
            try {
                if (stored.isEmpty()) {
                    if (last != null) {
                        keptDeleted++;
                        continue;
                    }
                    store.save(seed, 0);
                    added++;
                } else if (fingerprint(stored.get()).equals(seedPrint)) {
                    // already current (e.g. imported with the same content); nothing to write
                } else if (last != null && fingerprint(stored.get()).equals(last)) {
                    store.save(seed, stored.get().versionOrZero());
                    updated++;
                } else {
                    log.info("Seed update not applied to {}: it was edited after the seed was loaded", id);
                    keptEdited++;
                    continue;
                }
                applied.put(id, seedPrint);
            } catch (StaleVersionException e) {
                log.warn("Seed {} not applied: changed while syncing", id);
            }
        }
        state.save(false, applied);
        Outcome outcome = new Outcome(added, updated, keptEdited, keptDeleted, false);
        log.info("Seeds synced: {}", outcome);
        return outcome;
    }

    /** The content of a procedure apart from its version. */
    public static String fingerprint(Procedure p) {
        try {
            byte[] json = ProcedureJson.write(p.withVersion(0)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
