package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.FloodGuard.Admission;
import vn.motcua.bot.receiving.FloodGuard.Limit;

/** What every per-sender rate limit must do: a burst, then one per interval; warn once, then stay quiet. */
public abstract class FloodGuardContract {
    private final Limit limit = new Limit(3, Duration.ofSeconds(2));
    private final Instant t0 = Instant.parse("2026-11-27T08:00:00Z");
    private final String a = "a-" + System.nanoTime();
    private final String b = "b-" + System.nanoTime();

    protected abstract FloodGuard guard();

    @Test
    void a_burst_is_admitted_then_the_sender_is_told_once_then_ignored_until_refilled() {
        FloodGuard guard = guard();
        for (int i = 0; i < 3; i++) {
            assertThat(guard.admit(a, limit, t0)).isEqualTo(Admission.ADMITTED);
        }
        assertThat(guard.admit(a, limit, t0)).isEqualTo(Admission.SLOW_DOWN);
        assertThat(guard.admit(a, limit, t0.plusMillis(10))).isEqualTo(Admission.IGNORED);
        assertThat(guard.admit(b, limit, t0)).as("others are unaffected").isEqualTo(Admission.ADMITTED);
        assertThat(guard.admit(a, limit, t0.plusSeconds(3))).isEqualTo(Admission.ADMITTED);
        assertThat(guard.admit(a, limit, t0.plusSeconds(3))).as("one token refilled, spent").isEqualTo(Admission.SLOW_DOWN);
    }

    @Test
    void concurrent_messages_share_one_allowance() throws Exception {
        FloodGuard guard = guard();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Admission>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> guard.admit(a, limit, t0));
            }
            int admitted = 0;
            for (Future<Admission> f : pool.invokeAll(calls)) {
                admitted += f.get() == Admission.ADMITTED ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
