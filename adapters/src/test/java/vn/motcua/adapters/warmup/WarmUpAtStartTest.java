package vn.motcua.adapters.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;

/** How readiness follows the warm-up, whatever the warm-up does; with Spring Boot's real availability bean. */
class WarmUpAtStartTest {
    private static final List<String> QUESTIONS = List.of("đăng ký khai sinh", "dang ky khai sinh");

    private final ReadinessAfterWarmUp readiness = new ReadinessAfterWarmUp(true);

    private WarmUpAtStart warmUp(WarmUpPipeline pipeline, Duration maxDuration, Duration grace) {
        var settings = new WarmUpSettings(true, maxDuration, 3);
        return new WarmUpAtStart(settings, readiness, () -> QUESTIONS, pipeline,
                new WarmingUp(() -> -1, System::nanoTime), "token", grace);
    }

    /** What Spring Boot publishes once started: liveness, then readiness (possibly before the warm-up ends). */
    private void springBootStarted(WarmUpAtStart warmUp) {
        readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this, LivenessState.CORRECT));
        warmUp.onApplicationEvent(new ApplicationStartedEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
        readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
    }

    @Test
    void refusesTrafficUntilTheWarmUpEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WarmUpAtStart warmUp = warmUp(q -> await(release), Duration.ofMinutes(1), Duration.ofSeconds(10));
        springBootStarted(warmUp);

        assertThat(readiness.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(readiness.getLivenessState()).isEqualTo(LivenessState.CORRECT);
        release.countDown();
        var outcome = warmUp.running().get(10, TimeUnit.SECONDS);

        assertThat(outcome.passes()).isEqualTo(3);
        assertThat(readiness.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void aFailureGivesReadinessBackAndDoesNotEscape() throws Exception {
        WarmUpAtStart warmUp = warmUp(q -> {
            throw new IllegalStateException("broken pipeline");
        }, Duration.ofMinutes(1), Duration.ofSeconds(10));

        assertThatCode(() -> springBootStarted(warmUp)).doesNotThrowAnyException();
        awaitEnd(warmUp);

        assertThat(readiness.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(readiness.getLivenessState()).isEqualTo(LivenessState.CORRECT);
    }

    @Test
    void aQuestionThatNeverReturnsHoldsReadinessOnlyUntilTheWatchdog() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        WarmUpAtStart warmUp = warmUp(q -> await(never), Duration.ofMillis(200), Duration.ofMillis(100));
        springBootStarted(warmUp);

        awaitEnd(warmUp);

        assertThat(readiness.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        never.countDown(); // lets the warm-up thread finish; it stops before its next question
    }

    @Test
    void aShutdownDuringTheWarmUpStillRefusesAfterIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WarmUpAtStart warmUp = warmUp(q -> await(release), Duration.ofMinutes(1), Duration.ofSeconds(10));
        springBootStarted(warmUp);

        readiness.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        warmUp.destroy();
        release.countDown();
        var outcome = warmUp.running().get(10, TimeUnit.SECONDS);

        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.STOPPED);
        assertThat(readiness.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    }

    @Test
    void whenOffNothingRunsAndReadinessIsSpringBoots() {
        ReadinessAfterWarmUp notHeld = new ReadinessAfterWarmUp(false);
        var off = new WarmUpAtStart(new WarmUpSettings(false, Duration.ofMinutes(1), 3), notHeld, () -> QUESTIONS,
                q -> {
                    throw new AssertionError("asked while off");
                }, new WarmingUp(() -> -1, System::nanoTime), "token", Duration.ofSeconds(10));
        off.onApplicationEvent(new ApplicationStartedEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
        notHeld.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(off.running()).isNull();
        assertThat(notHeld.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    /** The end of the warm-up, however it ended (the future fails when the warm-up failed or timed out). */
    private static void awaitEnd(WarmUpAtStart warmUp) throws InterruptedException {
        try {
            warmUp.running().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the failure or the watchdog's time-out; readiness was given back before this completes
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the warm-up did not end", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
