package vn.motcua.bot.postal;

import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/**
 * The summary shown before the citizen confirms. For a pickup it lists, from the knowledge base,
 * the documents to have ready for the postal worker and the fees, so nothing is missing at the door.
 */
class BookingRecap {
    private final PostalTerms terms;

    BookingRecap(PostalTerms terms) {
        this.terms = terms;
    }

    /**
     * The recap; {@code brief} (SMS, where every 70 characters cost a message) keeps each document
     * to its name's first words and drops the notes.
     */
    String write(BookingRequest r, Optional<Procedure> procedure, boolean brief) {
        StringBuilder out = new StringBuilder("Vui lòng kiểm tra lại thông tin đặt dịch vụ bưu chính công ích:\n");
        out.append("- Dịch vụ: ").append(r.kind().label()).append('\n');
        if (r.kind() == BookingKind.PICKUP) {
            out.append("- Thủ tục: ").append(r.procedureName()).append('\n');
        } else {
            out.append("- Mã hồ sơ: ").append(r.dossierCode().value()).append('\n');
        }
        out.append("- Người liên hệ: ").append(r.fullName()).append('\n');
        out.append("- Điện thoại: ").append(r.phone().display()).append('\n');
        out.append("- Địa chỉ: ").append(r.address().oneLine()).append('\n');
        out.append("- Thời gian: ").append(r.window().label()).append('\n');
        procedure.ifPresent(p -> pickupDetails(p, out, brief));
        out.append("Cước dịch vụ bưu chính: ").append(terms.postage());
        return out.toString();
    }

    private static void pickupDetails(Procedure p, StringBuilder out, boolean brief) {
        if (!p.documents().isEmpty()) {
            out.append("\nGiấy tờ cần chuẩn bị sẵn để bưu tá nhận:\n");
            int i = 1;
            for (RequiredDocument d : p.documents()) {
                out.append(i++).append(". ").append(brief ? shortName(d.name()) : d.name());
                if (!brief && !d.copies().isBlank()) {
                    out.append(" (").append(d.copies()).append(')');
                }
                out.append('\n');
            }
        }
        Optional<SubmissionChannel> postal = p.channel(SubmissionMode.POSTAL);
        postal.filter(c -> !brief && !c.note().isBlank())
                .ifPresent(c -> out.append("Lưu ý khi nộp qua bưu chính: ").append(c.note()).append('\n'));
        if (postal.isEmpty()) {
            out.append("Lưu ý: cơ sở dữ liệu chưa ghi nhận thủ tục này nhận hồ sơ qua bưu chính; "
                    + "cán bộ sẽ kiểm tra và báo lại cho bạn.\n");
        }
        String fee = postal.map(SubmissionChannel::fee).filter(f -> !f.isBlank()).orElse(p.fee());
        if (fee != null && !fee.isBlank()) {
            out.append("Phí, lệ phí thủ tục: ").append(fee).append('\n');
        }
        if (!brief && p.feeExemptions() != null && !p.feeExemptions().isBlank()) {
            out.append("Miễn, giảm: ").append(p.feeExemptions()).append('\n');
        }
    }

    /** "Giấy tờ tùy thân: hộ chiếu, thẻ căn cước..." becomes "Giấy tờ tùy thân". */
    private static String shortName(String name) {
        String head = name.split("[:(;]", 2)[0].strip();
        return head.length() <= 60 ? head : head.substring(0, 59).strip() + "…";
    }
}
