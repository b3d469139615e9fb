package vn.motcua.bot.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.receiving.FloodGuard.Admission;
import vn.motcua.bot.receiving.FloodGuard.Limit;

class InMemoryFloodGuardTest {
    private final FloodGuard guard = new InMemoryFloodGuard();
    private final Limit limit = new Limit(3, Duration.ofSeconds(2));
    private final Instant t0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void a_burst_is_admitted_then_the_sender_is_told_once_then_ignored() {
        for (int i = 0; i < 3; i++) {
            assertThat(guard.admit("a", limit, t0)).isEqualTo(Admission.ADMITTED);
        }
        assertThat(guard.admit("a", limit, t0)).isEqualTo(Admission.SLOW_DOWN);
        assertThat(guard.admit("a", limit, t0.plusMillis(10))).isEqualTo(Admission.IGNORED);
        assertThat(guard.admit("b", limit, t0)).as("others are unaffected").isEqualTo(Admission.ADMITTED);
        assertThat(guard.admit("a", limit, t0.plusSeconds(3))).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void off_admits_everything() {
        for (int i = 0; i < 100; i++) {
            assertThat(FloodGuard.off().admit("a", limit, t0)).isEqualTo(Admission.ADMITTED);
        }
    }
}
