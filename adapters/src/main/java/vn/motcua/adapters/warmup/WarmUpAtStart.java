package vn.motcua.adapters.warmup;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Starts the warm-up in the background once the application has started (knowledge base loaded, web
 * server listening), and gives readiness back when it ends, however it ends. Requests that arrive
 * meanwhile are answered as usual: only readiness waits, so load balancers hold back new traffic.
 */
final class WarmUpAtStart implements ApplicationListener<ApplicationStartedEvent>, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(WarmUpAtStart.class);

    private final WarmUpSettings settings;
    private final ReadinessAfterWarmUp readiness;
    private final Supplier<List<String>> questions;
    private final WarmUpPipeline pipeline;
    private final WarmingUp warmingUp;
    private final String pingToken;
    private final Duration watchdogGrace;
    private volatile boolean stopRequested;
    private volatile CompletableFuture<WarmingUp.Outcome> running;

    /**
     * @param watchdogGrace how long past {@code max-duration} readiness waits for a question that does not
     *                      return (the passes stop between questions; a hung one must not hold readiness)
     */
    WarmUpAtStart(WarmUpSettings settings, ReadinessAfterWarmUp readiness, Supplier<List<String>> questions,
                  WarmUpPipeline pipeline, WarmingUp warmingUp, String pingToken, Duration watchdogGrace) {
        this.settings = settings;
        this.readiness = readiness;
        this.questions = questions;
        this.pipeline = pipeline;
        this.warmingUp = warmingUp;
        this.pingToken = pingToken;
        this.watchdogGrace = watchdogGrace;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!settings.enabled() || running != null) {
            return;
        }
        long start = System.nanoTime();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null ? web.getWebServer().getPort() : -1;
        running = CompletableFuture
                .supplyAsync(() -> {
                    try (LoopbackPing ping = port > 0 ? new LoopbackPing(port, pingToken) : null) {
                        return warmingUp.run(questions.get(), withPing(ping), settings.maxPasses(),
                                settings.maxDuration(), () -> stopRequested);
                    }
                }, WarmUpAtStart::inBackground)
                .orTimeout(settings.maxDuration().plus(watchdogGrace).toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((outcome, failure) -> ended(outcome, failure, System.nanoTime() - start));
    }

    /** The pipeline, each question followed by a ping over loopback while pinging works (it is a bonus). */
    private WarmUpPipeline withPing(LoopbackPing ping) {
        if (ping == null) {
            return pipeline;
        }
        boolean[] pinging = {true};
        return question -> {
            pipeline.answer(question);
            if (pinging[0]) {
                try {
                    ping.ping();
                } catch (IOException | RuntimeException e) {
                    pinging[0] = false;
                    ping.close();
                    log.warn("Warm-up: ping over loopback failed ({}); warming up the answering pipeline only",
                            e.toString());
                }
            }
        };
    }

    /** One daemon thread: a warm-up must never keep the JVM from exiting. */
    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void ended(WarmingUp.Outcome outcome, Throwable thrown, long nanos) {
        stopRequested = true;
        Throwable failure = thrown instanceof CompletionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        readiness.warmedUp();
        String took = String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
        if (failure == null) {
            log.info("Warm-up done in {}: {} questions in {} passes ({}); readiness no longer held",
                    took, outcome.questions(), outcome.passes(), outcome.ending().description());
        } else if (failure instanceof TimeoutException) {
            log.warn("Warm-up stuck in one question after {} (assistant.warm-up.max-duration {}); readiness no"
                    + " longer held", took, settings.maxDuration());
        } else {
            log.warn("Warm-up failed after {}; readiness no longer held, the failure is the pipeline's and real"
                    + " questions may meet it too", took, failure);
        }
    }

    /** Stops the passes when the application closes (the knowledge base is about to be closed). */
    @Override
    public void destroy() {
        stopRequested = true;
    }

    /** For tests: the running warm-up, null before the application started or when it is off. */
    CompletableFuture<WarmingUp.Outcome> running() {
        return running;
    }
}
