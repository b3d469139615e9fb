package vn.motcua.bot.postal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is: requested → sent to the post office → collected (pickup) or delivered
 * (delivery) → done; or cancelled / failed. Only the moves listed are allowed, so a late or
 * repeated status update from the post office cannot send a booking backwards.
 */
public enum BookingState {
    REQUESTED("Đã ghi nhận, chờ chuyển bưu điện"),
    SENT_TO_POST_OFFICE("Đã chuyển bưu điện"),
    COLLECTED("Bưu điện đã nhận hồ sơ"),
    DELIVERED("Bưu điện đã giao kết quả"),
    DONE("Hoàn tất"),
    CANCELLED("Đã hủy"),
    FAILED("Không thực hiện được");

    private final String label;

    BookingState(String label) {
        this.label = label;
    }

    /** How staff and citizens see the state. */
    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }

    public boolean canMoveTo(BookingState next) {
        return next(this).contains(next);
    }

    private static Set<BookingState> next(BookingState s) {
        return switch (s) {
            case REQUESTED -> EnumSet.of(SENT_TO_POST_OFFICE, CANCELLED, FAILED);
            case SENT_TO_POST_OFFICE -> EnumSet.of(COLLECTED, DELIVERED, CANCELLED, FAILED);
            case COLLECTED -> EnumSet.of(DONE, FAILED);
            case DELIVERED -> EnumSet.of(DONE);
            case DONE, CANCELLED, FAILED -> EnumSet.noneOf(BookingState.class);
        };
    }
}
