package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import vn.motcua.adapters.AtomicJsonFile;

/**
 * An insertion-ordered map held in memory and written whole to one file on every change. Fine for the
 * few hundred entries an outbox or inbox holds; the Redis stores replace it when instances share state.
 *
 * <p>A change returns once a write holding it is on disk, but writes are shared (group commit): changes
 * made while one write is in progress are all covered by the next one, and the map is never locked
 * during a write. Under a burst of webhooks this turns one whole-file write per message, each waiting
 * for the one before, into a few writes covering many messages.
 */
final class PersistentMap<V> {
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>();
    private final AtomicJsonFile<LinkedHashMap<String, V>> file;
    private final Object writing = new Object();
    private long changes; // guarded by this
    private long written; // guarded by writing

    PersistentMap(Path path, ObjectMapper json, Class<V> valueType) {
        JavaType type = json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, valueType);
        this.file = new AtomicJsonFile<>(path, json, new com.fasterxml.jackson.core.type.TypeReference<>() {
            @Override
            public java.lang.reflect.Type getType() {
                return type;
            }
        });
        file.read().ifPresent(entries::putAll);
    }

    synchronized boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    void put(String key, V value) {
        update(map -> {
            map.put(key, value);
            return true;
        });
    }

    void remove(String key) {
        update(map -> map.remove(key) != null);
    }

    /**
     * Applies {@code change} to the entries atomically; when it reports that it changed them, returns once
     * they are on disk. Returns what {@code change} returned.
     */
    boolean update(Predicate<LinkedHashMap<String, V>> change) {
        long mine;
        synchronized (this) {
            if (!change.test(entries)) {
                return false;
            }
            mine = ++changes;
        }
        persist(mine);
        return true;
    }

    private void persist(long change) {
        synchronized (writing) {
            if (written >= change) {
                return; // a write that started after this change already holds it
            }
            LinkedHashMap<String, V> snapshot;
            long upTo;
            synchronized (this) {
                snapshot = new LinkedHashMap<>(entries);
                upTo = changes;
            }
            file.write(snapshot);
            written = upTo;
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
