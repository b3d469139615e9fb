package vn.motcua.bot.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national dossier statuses (1-10) synchronised to the national portal, with the official name and
 * what it means for the citizen in plain words. "Overdue" is not a status: see {@link Dossier#daysOverdue}.
 */
public enum DossierStatus {
    NEW(1, "Mới đăng ký", "Hồ sơ đã được ghi nhận và đang chờ cán bộ kiểm tra, tiếp nhận."),
    RECEIVED(2, "Được tiếp nhận", "Hồ sơ đã được tiếp nhận và chuyển đến bộ phận giải quyết."),
    NOT_ACCEPTED(3, "Không được tiếp nhận", "Hồ sơ không được tiếp nhận; lý do ghi trong phiếu từ chối."),
    IN_PROGRESS(4, "Đang xử lý", "Hồ sơ đang được cán bộ giải quyết."),
    MORE_DOCUMENTS(5, "Yêu cầu bổ sung giấy tờ", "Hồ sơ cần bổ sung giấy tờ trước khi được giải quyết tiếp."),
    PAYMENT_DUE(6, "Yêu cầu thực hiện nghĩa vụ tài chính",
            "Bạn cần nộp thuế, phí hoặc lệ phí trước khi hồ sơ được giải quyết tiếp."),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "Hồ sơ đã được rút theo yêu cầu của người nộp."),
    STOPPED(8, "Dừng xử lý", "Cơ quan giải quyết đã dừng xử lý hồ sơ."),
    DONE(9, "Đã xử lý xong", "Hồ sơ đã giải quyết xong, kết quả đang chờ bạn nhận."),
    RETURNED(10, "Đã trả kết quả", "Kết quả đã được trả cho người nộp.");

    private final int number;
    private final String officialName;
    private final String meaning;

    DossierStatus(int number, String officialName, String meaning) {
        this.number = number;
        this.officialName = officialName;
        this.meaning = meaning;
    }

    public static Optional<DossierStatus> of(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }

    public int number() {
        return number;
    }

    public String officialName() {
        return officialName;
    }

    public String meaning() {
        return meaning;
    }

    /** Still being handled: the due date matters and a change is still to come. */
    public boolean pending() {
        return switch (this) {
            case NEW, RECEIVED, IN_PROGRESS, MORE_DOCUMENTS, PAYMENT_DUE -> true;
            default -> false;
        };
    }

    /** Nothing more will happen to the dossier: subscriptions to it can end. */
    public boolean closed() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == RETURNED;
    }
}
