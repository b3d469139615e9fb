package vn.motcua.bot.postal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The windows offered for a visit: mornings and afternoons of the next working days (no Sundays),
 * starting tomorrow so the post office has time to plan. Typed answers such as "sáng mai" or
 * "chieu thu 6" are read too.
 */
public final class TimeWindows {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int DAYS_OFFERED = 2;
    private static final int DAYS_ACCEPTED = 14;
    private static final Pattern WEEKDAY = Pattern.compile("\\bthu ?(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)\\b");

    private final Clock clock;

    public TimeWindows(Clock clock) {
        this.clock = clock;
    }

    public List<TimeWindow> offered() {
        List<TimeWindow> windows = new ArrayList<>();
        LocalDate day = today();
        while (windows.size() < DAYS_OFFERED * 2) {
            day = nextWorkingDay(day);
            windows.add(new TimeWindow(day, TimeWindow.Part.MORNING));
            windows.add(new TimeWindow(day, TimeWindow.Part.AFTERNOON));
        }
        return windows;
    }

    /** A typed answer: "sáng mai", "chiều ngày kia", "sang thu 6"; the part of the day is required. */
    public Optional<TimeWindow> read(String text) {
        String folded = VietnameseText.fold(text);
        Optional<TimeWindow.Part> part = folded.contains("sang") ? Optional.of(TimeWindow.Part.MORNING)
                : folded.contains("chieu") ? Optional.of(TimeWindow.Part.AFTERNOON) : Optional.empty();
        return part.flatMap(p -> day(folded).map(d -> new TimeWindow(d, p)));
    }

    /** Whether the window is one the post office can still serve (after today, within two weeks, not Sunday). */
    public boolean acceptable(TimeWindow w) {
        LocalDate today = today();
        return w.day().isAfter(today) && !w.day().isAfter(today.plusDays(DAYS_ACCEPTED))
                && w.day().getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Optional<LocalDate> day(String folded) {
        LocalDate today = today();
        if (folded.contains("ngay kia") || folded.contains("ngay mot")) {
            return Optional.of(today.plusDays(2));
        }
        if (folded.matches(".*\\bmai\\b.*")) {
            return Optional.of(today.plusDays(1));
        }
        var m = WEEKDAY.matcher(folded);
        if (m.find()) {
            DayOfWeek wanted = switch (m.group(1)) {
                case "2", "hai" -> DayOfWeek.MONDAY;
                case "3", "ba" -> DayOfWeek.TUESDAY;
                case "4", "tu" -> DayOfWeek.WEDNESDAY;
                case "5", "nam" -> DayOfWeek.THURSDAY;
                case "6", "sau" -> DayOfWeek.FRIDAY;
                default -> DayOfWeek.SATURDAY;
            };
            LocalDate d = today.plusDays(1);
            while (d.getDayOfWeek() != wanted) {
                d = d.plusDays(1);
            }
            return Optional.of(d);
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private static LocalDate nextWorkingDay(LocalDate after) {
        LocalDate d = after.plusDays(1);
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }
}
