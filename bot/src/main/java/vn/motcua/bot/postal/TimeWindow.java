package vn.motcua.bot.postal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Half a day when the citizen will be at home for the postal worker: "sáng thứ Hai 30/11 (8:00–11:30)". */
public record TimeWindow(LocalDate day, Part part) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Morning or afternoon, with the hours post offices usually work (8:00–11:30, 13:30–17:00). */
    public enum Part {
        MORNING("sáng", LocalTime.of(8, 0), LocalTime.of(11, 30)),
        AFTERNOON("chiều", LocalTime.of(13, 30), LocalTime.of(17, 0));

        private final String label;
        private final LocalTime from;
        private final LocalTime to;

        Part(String label, LocalTime from, LocalTime to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        public LocalTime from() {
            return from;
        }

        public LocalTime to() {
            return to;
        }
    }

    /** Stored form, also the option value: {@code 2026-11-30/MORNING}. */
    public String value() {
        return day + "/" + part.name();
    }

    public static Optional<TimeWindow> parse(String value) {
        try {
            String[] parts = value.strip().split("/", 2);
            return Optional.of(new TimeWindow(LocalDate.parse(parts[0]), Part.valueOf(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "Sáng thứ Hai, 30/11/2026 (8:00–11:30)". */
    public String label() {
        String text = part.label() + " " + weekday(day.getDayOfWeek()) + ", " + DAY.format(day)
                + " (" + hours(part.from()) + "–" + hours(part.to()) + ")";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String hours(LocalTime t) {
        return t.getHour() + ":" + String.format("%02d", t.getMinute());
    }

    static String weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
