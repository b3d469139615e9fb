package vn.motcua.adapters;

import java.util.List;

/**
 * Work an instance has promised to finish (messages to answer, replies or orders to send), kept
 * durably until it is done: written before the promise is made (a webhook acknowledged, a booking
 * confirmed), removed once the work is done. Entries are identified by an id the entry carries.
 */
public interface WorkQueue<T> {

    /** Adds the entry, or replaces the one with the same id; returns once it is durable. */
    void put(T entry);

    /** Forgets the entry (the work is done, or will never be). */
    void remove(String id);

    /** Every entry, oldest first. */
    List<T> entries();
}
