package vn.motcua.bot.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.DossierCode;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * Writes what an opened dossier looks like to its applicant: status in plain words, procedure, dates,
 * whether it is overdue, and what to do next. Shown only after the second factor matched.
 */
public class DossierReport {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProcedureCatalog catalog;
    private final ShopContact shop;
    private final Clock clock;

    public DossierReport(ProcedureCatalog catalog, ShopContact shop, Clock clock) {
        this.catalog = catalog;
        this.shop = shop;
        this.clock = clock;
    }

    /** The option values a report offers; other flows (postal booking) start from them. */
    static String followValue(DossierCode code) {
        return "Theo dõi hồ sơ " + code.value();
    }

    static String postalReturnValue(DossierCode code) {
        return "Đặt bưu điện trả kết quả tại nhà cho hồ sơ " + code.value();
    }

    Reply write(Dossier d, boolean offerFollowing) {
        LocalDate today = LocalDate.now(clock.withZone(Dossier.VIETNAM));
        StringBuilder text = new StringBuilder()
                .append("Hồ sơ ").append(d.code().value()).append('\n')
                .append("Thủ tục: ").append(procedureName(d.procedure())).append('\n')
                .append("Tình trạng: ").append(d.status().officialName()).append(". ").append(d.status().meaning())
                .append('\n')
                .append("Ngày tiếp nhận: ").append(DATE.format(d.receivedOn())).append('\n')
                .append("Ngày hẹn trả kết quả: ").append(DATE.format(d.dueOn())).append(timing(d, today));
        if (present(d.agency())) {
            text.append('\n').append("Cơ quan giải quyết: ").append(d.agency().strip());
        }
        text.append('\n').append(nextStep(d, today));

        List<Option> options = new ArrayList<>();
        if (offerFollowing && !d.status().closed()) {
            options.add(new Option("Báo tôi khi hồ sơ đổi trạng thái", followValue(d.code())));
        }
        if (d.status() == DossierStatus.DONE) {
            options.add(new Option("Đặt bưu điện trả kết quả tại nhà", postalReturnValue(d.code())));
        }
        options.add(new Option("Tra cứu hồ sơ khác", "Tra cứu hồ sơ"));
        return Reply.withOptions(text.toString(), options);
    }

    private String timing(Dossier d, LocalDate today) {
        if (!d.status().pending()) {
            return "";
        }
        long overdue = d.daysOverdue(today);
        if (overdue > 0) {
            return " (đã quá hạn " + overdue + " ngày)";
        }
        long left = ChronoUnit.DAYS.between(today, d.dueOn());
        return left == 0 ? " (hôm nay)" : " (còn " + left + " ngày)";
    }

    private String nextStep(Dossier d, LocalDate today) {
        String note = present(d.note()) ? d.note().strip() : null;
        String step = switch (d.status()) {
            case NEW, RECEIVED, IN_PROGRESS -> "Bạn chưa cần làm gì thêm.";
            case MORE_DOCUMENTS -> "Việc cần làm: bổ sung "
                    + (note != null ? note : "các giấy tờ ghi trong phiếu yêu cầu bổ sung hồ sơ")
                    + ". Nơi nộp bổ sung: " + placeOf(d) + ", mang theo giấy tiếp nhận hồ sơ.";
            case PAYMENT_DUE -> "Việc cần làm: nộp "
                    + (note != null ? note : "khoản thuế, phí, lệ phí theo thông báo đã gửi cho bạn")
                    + ". Sau khi nộp, hồ sơ sẽ được giải quyết tiếp.";
            case NOT_ACCEPTED, STOPPED -> (note != null ? "Lý do: " + note + ". " : "")
                    + "Bạn có thể hỏi tôi về thủ tục để chuẩn bị lại, hoặc gọi " + shop.hotline() + ".";
            case WITHDRAWN -> "Nếu muốn nộp lại, bạn có thể hỏi tôi về giấy tờ cần chuẩn bị.";
            case DONE -> "Việc cần làm: nhận kết quả trực tiếp tại " + placeOf(d)
                    + " (mang theo giấy tiếp nhận hồ sơ và giấy tờ tùy thân), hoặc đặt bưu điện trả kết quả"
                    + " tại nhà (bạn trả cước bưu chính).";
            case RETURNED -> "Kết quả đã được trả. Cảm ơn bạn đã sử dụng dịch vụ.";
        };
        if (d.daysOverdue(today) > 0) {
            step += "\nHồ sơ đã quá ngày hẹn: cơ quan giải quyết phải gửi bạn phiếu xin lỗi và hẹn lại ngày trả"
                    + " kết quả. Nếu chưa nhận được, bạn vui lòng gọi " + shop.hotline() + ".";
        }
        return step;
    }

    private String placeOf(Dossier d) {
        return shop.name() + ", " + shop.address();
    }

    /** The procedure's name from the knowledge base, else its code as the one-stop system sent it. */
    private String procedureName(String procedure) {
        return catalog.find(procedure).map(Procedure::name).orElse("mã " + procedure);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
