package vn.motcua.adapters.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import vn.motcua.bot.receiving.AnsweringLanes;

/**
 * A few single-thread lanes; a sender always lands on the same one, so their messages are answered in
 * order while other senders proceed on the other lanes.
 */
class StripedLanes implements AnsweringLanes, AutoCloseable {
    private final ExecutorService[] lanes;

    StripedLanes(int count) {
        lanes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            int n = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "answering-" + n);
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override
    public void run(String sender, Runnable task) {
        lanes[Math.floorMod(sender.hashCode(), lanes.length)].execute(task);
    }

    /** Lets queued answers finish (briefly): what does not stays in the inbox for the next start. */
    @Override
    public void close() throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                lane.shutdownNow();
            }
        }
    }
}
