package vn.motcua.adapters.delivery;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The entries of a {@link PersistentMap} as one change sees them: every put and every removal made
 * through this view (directly, or through its entry, key or value iterators) is noted, so the journal
 * can record the change without comparing the whole map before and after. Entries it hands out are
 * read-only: a value changes by a put.
 */
final class RecordingEntries<V> extends AbstractMap<String, V> {
    private final LinkedHashMap<String, V> entries;
    private final List<Change<V>> changes = new ArrayList<>();

    RecordingEntries(LinkedHashMap<String, V> entries) {
        this.entries = entries;
    }

    List<Change<V>> changes() {
        return changes;
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public V put(String key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value"); // a journal line reads null as nothing to put
        changes.add(new Change.Put<>(key, value));
        return entries.put(key, value);
    }

    @Override
    public V remove(Object key) {
        if (!entries.containsKey(key)) {
            return null;
        }
        changes.add(new Change.Remove<>((String) key));
        return entries.remove(key);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return entries.size();
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                Iterator<Entry<String, V>> inner = entries.entrySet().iterator();
                return new Iterator<>() {
                    private String last;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Entry<String, V> next() {
                        Entry<String, V> next = inner.next();
                        last = next.getKey();
                        return new SimpleImmutableEntry<>(next);
                    }

                    @Override
                    public void remove() {
                        inner.remove();
                        changes.add(new Change.Remove<>(last));
                    }
                };
            }
        };
    }
}
