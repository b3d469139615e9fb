package vn.motcua.adapters;

import java.util.function.Function;

/**
 * Keeps work queues where they outlive this instance ({@code assistant.store=redis}): an instance
 * replaced by autoscaling or a redeploy leaves its unfinished work to the others instead of taking it
 * down with its disk. Without this bean every queue stays in the instance's data dir.
 */
public interface WorkQueues {

    /**
     * This instance's own queue {@code name}: only this instance works on it while it lives; when it
     * stops living (its heartbeat expires) one other instance adopts the whole queue. {@code local}
     * keeps entries while the shared store cannot be reached, and this instance drains it itself.
     */
    <T> WorkQueue<T> own(String name, Class<T> type, Function<T, String> idOf, WorkQueue<T> local);

    /** A queue all instances work on, each entry taken by one at a time; {@code local} as in {@link #own}. */
    <T> SharedWorkQueue<T> shared(String name, Class<T> type, Function<T, String> idOf, WorkQueue<T> local);

    /** Runs {@code action} after this instance adopted the queues of an instance that stopped. */
    void whenAdopted(Runnable action);
}
