package vn.motcua.adapters.warmup;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: run questions through the pipeline, pass after pass, until the JIT has settled or a bound is
 * reached. Why until the JIT settles: on 2 cores under concurrency 32 the compiler threads compete with
 * the request threads and took about 110 s to compile the ask path, during which answers were 2-3 times
 * slower; one warm-up thread leaves them a core, and the compiler's own clock says when they are done.
 */
final class WarmingUp {
    private static final Logger log = LoggerFactory.getLogger(WarmingUp.class);
    /** A pass during which the compiler worked for at most this share of the pass's time ends the warm-up. */
    static final double SETTLED_SHARE = 0.05;
    /** The first passes always compile a lot; judging settlement needs a pass over code already seen. */
    static final int MIN_PASSES = 2;

    private final LongSupplier compilerMillis;
    private final LongSupplier nanoTime;

    /**
     * @param compilerMillis total time the JIT has spent compiling (HotSpot's compilation MXBean), or a
     *                       negative value when unknown: then only the bounds end the warm-up
     */
    WarmingUp(LongSupplier compilerMillis, LongSupplier nanoTime) {
        this.compilerMillis = compilerMillis;
        this.nanoTime = nanoTime;
    }

    /** Why a warm-up ended. */
    enum Ending {
        SETTLED("the JIT settled"), PASSES("all passes done"), TIME("time limit reached"),
        STOPPED("stopped"), NOTHING_TO_ASK("no procedures to ask about");

        private final String description;

        Ending(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    record Outcome(int passes, int questions, Ending ending) {
    }

    /** Runs the passes; a failure of the pipeline is thrown to the caller, which ends the warm-up. */
    Outcome run(List<String> questions, WarmUpPipeline pipeline, int maxPasses, Duration maxDuration, BooleanSupplier stopRequested) {
        if (questions.isEmpty()) {
            return new Outcome(0, 0, Ending.NOTHING_TO_ASK);
        }
        long start = nanoTime.getAsLong();
        long deadline = start + maxDuration.toNanos();
        int passes = 0;
        int asked = 0;
        while (passes < maxPasses) {
            long passStart = nanoTime.getAsLong();
            long compiledBefore = compilerMillis.getAsLong();
            for (String question : questions) {
                if (stopRequested.getAsBoolean()) {
                    return new Outcome(passes, asked, Ending.STOPPED);
                }
                if (nanoTime.getAsLong() - deadline >= 0) {
                    return new Outcome(passes, asked, Ending.TIME);
                }
                pipeline.answer(question);
                asked++;
            }
            passes++;
            long compiled = compilerMillis.getAsLong() - compiledBefore;
            double passMillis = (nanoTime.getAsLong() - passStart) / 1e6;
            log.debug("Warm-up pass {}: {} questions in {} ms, the JIT compiled for {} ms", passes, questions.size(),
                    Math.round(passMillis), compiled);
            if (passes >= MIN_PASSES && compiledBefore >= 0 && compiled <= SETTLED_SHARE * passMillis) {
                return new Outcome(passes, asked, Ending.SETTLED);
            }
        }
        return new Outcome(passes, asked, Ending.PASSES);
    }
}
