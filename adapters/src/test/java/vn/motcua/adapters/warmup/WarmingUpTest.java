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

    /** Each question takes 1 ms; the compiler works {@code compileMillisPerQuestion} during each, in its pass. */
    private WarmingUp warmingUp(long... compileMillisPerPass) {
        int[] pass = {0};
        return new WarmingUp(q -> {
            asked.add(q);
            now.addAndGet(1_000_000);
            if (asked.size() % 10 == 0) { // end of a pass of ten questions
                compiled.addAndGet(compileMillisPerPass[Math.min(pass[0]++, compileMillisPerPass.length - 1)]);
            }
        }, compiled::get, now::get);
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
        var outcome = warmingUp(8, 3, 0).run(tenQuestions(), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(3, 30, WarmingUp.Ending.SETTLED));
    }

    @Test
    void neverCallsTheFirstPassSettled() {
        var outcome = warmingUp(0).run(tenQuestions(), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.passes()).isEqualTo(WarmingUp.MIN_PASSES);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.SETTLED);
    }

    @Test
    void endsAfterMaxPassesWhileStillCompiling() {
        var outcome = warmingUp(5).run(tenQuestions(), 4, Duration.ofMinutes(1), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(4, 40, WarmingUp.Ending.PASSES));
    }

    @Test
    void endsAtMaxDurationBetweenQuestions() {
        var outcome = warmingUp(5).run(tenQuestions(), 100, Duration.ofMillis(25), () -> false);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(2, 25, WarmingUp.Ending.TIME));
    }

    @Test
    void withoutACompilerClockOnlyTheBoundsEndIt() {
        var outcome = new WarmingUp(q -> now.addAndGet(1_000_000), () -> -1, now::get)
                .run(tenQuestions(), 3, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.PASSES);
    }

    @Test
    void stopsWhenAsked() {
        var outcome = warmingUp(5).run(tenQuestions(), 100, Duration.ofMinutes(1), () -> asked.size() >= 13);
        assertThat(outcome).isEqualTo(new WarmingUp.Outcome(1, 13, WarmingUp.Ending.STOPPED));
    }

    @Test
    void nothingToAskEndsAtOnce() {
        var outcome = warmingUp(5).run(List.of(), 100, Duration.ofMinutes(1), () -> false);
        assertThat(outcome.ending()).isEqualTo(WarmingUp.Ending.NOTHING_TO_ASK);
    }

    @Test
    void aFailingQuestionEndsTheRunWithItsFailure() {
        WarmingUp failing = new WarmingUp(q -> {
            throw new IllegalStateException("broken pipeline");
        }, compiled::get, now::get);
        assertThatThrownBy(() -> failing.run(tenQuestions(), 100, Duration.ofMinutes(1), () -> false))
                .hasMessage("broken pipeline");
    }
}
