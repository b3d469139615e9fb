package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeWindowsTest {
    /** Saturday 28 November 2026, 20:00 in Vietnam (13:00 UTC). */
    private final TimeWindows windows = new TimeWindows(Clock.fixed(Instant.parse("2026-11-28T13:00:00Z"), ZoneOffset.UTC));

    @Test
    void offers_mornings_and_afternoons_of_the_next_two_working_days_skipping_sunday() {
        assertThat(windows.offered()).extracting(TimeWindow::label).containsExactly(
                "Sáng thứ Hai, 30/11/2026 (8:00–11:30)", "Chiều thứ Hai, 30/11/2026 (13:30–17:00)",
                "Sáng thứ Ba, 01/12/2026 (8:00–11:30)", "Chiều thứ Ba, 01/12/2026 (13:30–17:00)");
    }

    @Test
    void reads_typed_windows_and_refuses_sunday_and_today() {
        assertThat(windows.read("chiều thứ 6")).contains(new TimeWindow(LocalDate.of(2026, 12, 4), TimeWindow.Part.AFTERNOON));
        assertThat(windows.read("sang ngay kia")).contains(new TimeWindow(LocalDate.of(2026, 11, 30), TimeWindow.Part.MORNING));
        assertThat(windows.read("sáng mai")).hasValueSatisfying(w -> assertThat(windows.acceptable(w)).isFalse()); // Sunday
        assertThat(windows.read("mai")).isEmpty();
        assertThat(windows.acceptable(new TimeWindow(LocalDate.of(2026, 11, 28), TimeWindow.Part.AFTERNOON))).isFalse();
        assertThat(TimeWindow.parse("2026-11-30/MORNING")).map(TimeWindow::label).contains("Sáng thứ Hai, 30/11/2026 (8:00–11:30)");
        assertThat(TimeWindow.parse("rubbish")).isEmpty();
    }
}
