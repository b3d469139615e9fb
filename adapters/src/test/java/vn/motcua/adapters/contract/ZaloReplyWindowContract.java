package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.ZaloReplyWindow;

/** What every store of Zalo reply windows must do: remember each citizen's window until it closes. */
public abstract class ZaloReplyWindowContract {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String citizen = "zu-" + System.nanoTime();

    /** A store holding nothing yet, on the system clock. */
    protected abstract ZaloReplyWindow window();

    /** The store of {@link #window()} as a restarted process (or another instance) sees it. */
    protected abstract ZaloReplyWindow restarted();

    @Test
    void a_window_is_remembered_per_citizen_across_a_restart() {
        ZaloReplyWindow window = window();
        window.openUntil(citizen, now.plus(Duration.ofHours(48)));
        assertThat(window.closesFor(citizen)).contains(now.plus(Duration.ofHours(48)));
        assertThat(window.closesFor(citizen + "-other")).isEmpty();
        assertThat(restarted().closesFor(citizen)).contains(now.plus(Duration.ofHours(48)));
    }

    @Test
    void a_later_message_moves_the_window_and_a_late_retry_of_an_older_one_does_not_shorten_it() {
        ZaloReplyWindow window = window();
        window.openUntil(citizen, now.plus(Duration.ofHours(47)));
        window.openUntil(citizen, now.plus(Duration.ofHours(48)));
        window.openUntil(citizen, now.plus(Duration.ofHours(46)));
        assertThat(window.closesFor(citizen)).contains(now.plus(Duration.ofHours(48)));
    }

    @Test
    void a_window_already_closed_is_not_kept() {
        ZaloReplyWindow window = window();
        window.openUntil(citizen, now.minusSeconds(5));
        assertThat(window.closesFor(citizen)).isEmpty();
    }
}
