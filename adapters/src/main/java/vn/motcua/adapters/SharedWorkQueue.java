package vn.motcua.adapters;

import java.time.Duration;

/**
 * A work queue every instance works on together: any instance may take any entry, but only one at a
 * time holds it (a lease), so each entry is worked on by one instance and an instance that dies
 * holding one only delays it until its lease runs out.
 */
public interface SharedWorkQueue<T> extends WorkQueue<T> {

    /** Adds the entry unless one with its id is queued already; true if it was added. */
    boolean putIfAbsent(T entry);

    /** Takes the entry for at most {@code lease}: true if no other instance holds it now. */
    boolean claim(String id, Duration lease);

    /** Gives a claimed entry back before its lease ends. */
    void release(String id);

    /** One process, nobody to share with: every claim succeeds. */
    static <T> SharedWorkQueue<T> unshared(WorkQueue<T> queue, java.util.function.Function<T, String> idOf) {
        return new SharedWorkQueue<>() {
            @Override
            public synchronized boolean putIfAbsent(T entry) {
                String id = idOf.apply(entry);
                if (queue.entries().stream().anyMatch(e -> idOf.apply(e).equals(id))) {
                    return false;
                }
                queue.put(entry);
                return true;
            }

            @Override
            public boolean claim(String id, Duration lease) {
                return true;
            }

            @Override
            public void release(String id) {
            }

            @Override
            public synchronized void put(T entry) {
                queue.put(entry);
            }

            @Override
            public synchronized void remove(String id) {
                queue.remove(id);
            }

            @Override
            public java.util.List<T> entries() {
                return queue.entries();
            }
        };
    }
}
