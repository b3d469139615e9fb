package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import vn.motcua.adapters.AtomicJsonFile;

/**
 * When each citizen last wrote to the OA: the free-reply window counts from there. Kept across restarts
 * (the window lasts days), forgetting whoever fell out of every window.
 */
class ZaloInteractions {
    private final AtomicJsonFile<LinkedHashMap<String, Instant>> file;
    private final LinkedHashMap<String, Instant> last;
    private final Duration window;
    private final Clock clock;

    ZaloInteractions(Path path, ObjectMapper json, Duration window, Clock clock) {
        this.file = new AtomicJsonFile<>(path, json, new TypeReference<>() {
        });
        this.last = file.read().orElseGet(LinkedHashMap::new);
        this.window = window;
        this.clock = clock;
    }

    synchronized void wrote(String userId, Instant at) {
        Instant cutoff = clock.instant().minus(window);
        last.values().removeIf(t -> t.isBefore(cutoff));
        last.remove(userId);
        last.put(userId, at);
        file.write(last);
    }

    /** When the window for this citizen closes; empty when they never wrote (or too long ago to remember). */
    synchronized Optional<Instant> windowClosesFor(String userId) {
        return Optional.ofNullable(last.get(userId)).map(t -> t.plus(window));
    }
}
