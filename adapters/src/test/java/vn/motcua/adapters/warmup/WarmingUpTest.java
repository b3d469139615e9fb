package vn.motcua.adapters.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmingUpTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong compiled = new AtomicLong();
    private final List<String> asked = new ArrayList<>();

    private final WarmingUp warmingUp = new WarmingUp(compiled::get, now::get);

    /** Each question takes 1 ms; the compiler works the given time per pass of ten questions, pass after pass. */
    private WarmUpPipeline compiling(long... compileMillisPerPass) {
        int[] pass = {0};
        return q -> {
            asked.add(q);
            now.addAndGet(1_000_000);
            if (asked.size() % 10 == 0) { // end of a pass of ten questions
                compiled.addAndGet(compileMillisPerPass[Math.min(pass[0]++, compileMillisPerPass.length - 1)]);
            }
        };
    }

    private static List<String> tenQuestions() {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add("q" + i);
        }
        return questions;
    }

    @Test
    void endsWhenAPassBarelyCompiles() {
        // passes of 10 ms: 8 ms and 3 ms of compiling are above 5 %, 0 ms is settled
        var outcome = warmingUp.run(tenQuestions(), compiling(8, 3, 0), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(3, 30, WarmingUp.Ending.SETTLED));
    }

    @Test
    void neverCallsTheFirstPassSettled() {
        var outcome = warmingUp.run(tenQuestions(), compiling(0), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.passes()).isEqualTo(WarmingUp.MIN_PASSES);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.SETTLED);
    }

    @Test
    void endsAfterMaxPassesWhileStillCompiling() {
        var outcome = warmingUp.run(tenQuestions(), compiling(5), 4, Duration.ofMinutes(1), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(4, 40, WarmingUp.Ending.PASSES));
    }

    @Test
    void endsAtMaxDurationBetweenQuestions() {
        var outcome = warmingUp.run(tenQuestions(), compiling(5), 100, Duration.ofMillis(25), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(2, 25, WarmingUp.Ending.TIME));
    }

    @Test
    void withoutACompilerClockOnlyTheBoundsEndIt() {
        var outcome = new WarmingUp(() -> -1, now::get)
                .run(tenQuestions(), q -> now.addAndGet(1_000_000), 3, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.PASSES);
    }

    @Test
    void stopsWhenAsked() {
        var outcome = warmingUp.run(tenQuestions(), compiling(5), 100, Duration.ofMinutes(1), () -> asked.size() >= 13);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(1, 13, WarmingUp.Ending.STOPPED));
    }

    @Test
    void nothingToAskEndsAtOnce() {
        var outcome = warmingUp.run(List.of(), compiling(5), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.NOTHING_TO_ASK);
    }

    @Test
    void aFailingQuestionEndsTheRunWithItsFailure() {
        WarmUpPipeline failing = q -> {
            throw new IllegalStateException("broken pipeline");
        };
        assertThatThrownBy(() -> warmingUp.run(tenQuestions(), failing, 100, Duration.ofMinutes(1), () -> false))
                .hasMessage("broken pipeline");
    }
}
