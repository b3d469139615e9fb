package vn.motcua.bot.receiving;

/**
 * Runs the answering of messages in the background: one sender's messages in the order received (so a
 * dialogue's state is never raced), different senders in parallel.
 */
public interface AnsweringLanes {

    void run(String sender, Runnable task);

    /** Runs each task at once on the caller's thread (tests, tools). */
    static AnsweringLanes inline() {
        return (sender, task) -> task.run();
    }
}
