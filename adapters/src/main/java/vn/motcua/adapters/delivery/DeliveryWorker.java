package vn.motcua.adapters.delivery;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.motcua.bot.delivery.DeliveringReplies;
import vn.motcua.bot.receiving.ReceivingMessage;

/**
 * At start-up answers what the last run received but did not answer, then runs the one thread that
 * sends the outbox. Starts before the channels (lower phase), so nothing received waits on it.
 */
class DeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveringReplies delivering;
    private final ReceivingMessage receiving;
    private volatile Thread thread;

    DeliveryWorker(DeliveringReplies delivering, ReceivingMessage receiving) {
        this.delivering = delivering;
        this.receiving = receiving;
    }

    @Override
    public synchronized void start() {
        int pending = receiving.answerPending();
        if (pending > 0) {
            log.info("Answering {} messages received before the last stop", pending);
        }
        thread = new Thread(this::loop, "delivering-replies");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (thread == Thread.currentThread()) {
            try {
                Duration next = delivering.deliverDue();
                delivering.awaitWork(next);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Delivering replies failed; going on", e);
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
