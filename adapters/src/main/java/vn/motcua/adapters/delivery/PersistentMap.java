package vn.motcua.adapters.delivery;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.motcua.adapters.AtomicJsonFile;

/**
 * An insertion-ordered map held in memory and written whole to one file on every change. Fine for the
 * few hundred entries an outbox or inbox holds; the Redis stores replace it when instances share state.
 */
final class PersistentMap<V> {
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>();
    private final AtomicJsonFile<LinkedHashMap<String, V>> file;

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

    synchronized void put(String key, V value) {
        entries.put(key, value);
        file.write(entries);
    }

    synchronized void remove(String key) {
        if (entries.remove(key) != null) {
            file.write(entries);
        }
    }

    /** Removes the entries matching, oldest first, while {@code more} holds; one write at the end. */
    synchronized void removeOldest(Predicate<Map.Entry<String, V>> more) {
        var it = entries.entrySet().iterator();
        boolean changed = false;
        while (it.hasNext()) {
            if (!more.test(it.next())) {
                break;
            }
            it.remove();
            changed = true;
        }
        if (changed) {
            file.write(entries);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized List<V> values() {
        return new ArrayList<>(entries.values());
    }
}
