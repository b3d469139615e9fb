package vn.motcua.adapters.zalo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import vn.motcua.adapters.AtomicJsonFile;
import vn.motcua.adapters.ZaloReplyWindow;

/**
 * The reply windows of one process, kept in the data dir across restarts (a window lasts days), forgetting
 * whoever's window closed. Reads the file of earlier versions (when each citizen last wrote) once.
 */
final class FileReplyWindow implements ZaloReplyWindow {
    private final AtomicJsonFile<LinkedHashMap<String, Instant>> file;
    private final LinkedHashMap<String, Instant> closes;
    private final Clock clock;

    /** {@code lastWrittenFile}: the earlier file of last-message times, read with {@code window} if {@code path} is new. */
    FileReplyWindow(Path path, Path lastWrittenFile, Duration window, ObjectMapper json, Clock clock) {
        this.file = new AtomicJsonFile<>(path, json, new TypeReference<>() {
        });
        this.clock = clock;
        this.closes = file.read().orElseGet(() -> fromLastWritten(lastWrittenFile, window, json));
    }

    private static LinkedHashMap<String, Instant> fromLastWritten(Path lastWrittenFile, Duration window, ObjectMapper json) {
        LinkedHashMap<String, Instant> closes = new LinkedHashMap<>();
        if (Files.exists(lastWrittenFile)) {
            new AtomicJsonFile<LinkedHashMap<String, Instant>>(lastWrittenFile, json, new TypeReference<>() {
            }).read().ifPresent(wrote -> wrote.forEach((user, at) -> closes.put(user, at.plus(window))));
        }
        return closes;
    }

    @Override
    public synchronized void openUntil(String userId, Instant until) {
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            return;
        }
        closes.values().removeIf(t -> t.isBefore(now));
        Instant known = closes.remove(userId);
        closes.put(userId, known != null && known.isAfter(until) ? known : until);
        file.write(closes);
    }

    @Override
    public synchronized Optional<Instant> closesFor(String userId) {
        return Optional.ofNullable(closes.get(userId));
    }
}
