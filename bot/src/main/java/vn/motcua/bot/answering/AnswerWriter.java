package vn.motcua.bot.answering;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.knowledge.procedure.Caveat;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/**
 * Writes the answer for one section of a procedure in short, polite Vietnamese. Every fact comes from
 * the stored procedure; the answer always names the procedure and ends with its source.
 */
public class AnswerWriter {
    private static final String REMARKS_GROUP = "Lưu ý";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String write(Procedure p, ProcedureSection section) {
        StringBuilder out = new StringBuilder();
        out.append(heading(p)).append('\n');
        switch (section) {
            case DOCUMENTS -> documents(p, out);
            case FEES -> fees(p, out);
            case TIME -> time(p, out);
            case PLACE -> place(p, out);
            case STEPS -> numbered("Các bước thực hiện:", p.steps(), out);
            case REQUIREMENTS -> requirements(p, out);
            case RESULT -> out.append("Kết quả: ").append(p.result()).append('\n');
            case ONLINE -> online(p, out);
            case GENERAL -> general(p, out);
        }
        for (Caveat caveat : caveats(p, section)) {
            out.append("Lưu ý: ").append(caveat.text()).append('\n');
        }
        if (section == ProcedureSection.GENERAL) {
            out.append("Chọn một mục bên dưới để xem chi tiết (hồ sơ, lệ phí, thời hạn, các bước...).\n");
        }
        if (section != ProcedureSection.PLACE && section != ProcedureSection.GENERAL) {
            out.append("Nơi nộp: ").append(p.submitAt()).append('\n');
        }
        out.append(source(p));
        return out.toString().trim();
    }

    /** The overview repeats place, time and fee, so it carries their caveats too. */
    private static List<Caveat> caveats(Procedure p, ProcedureSection section) {
        if (section != ProcedureSection.GENERAL) {
            return p.caveatsFor(section);
        }
        List<Caveat> all = new ArrayList<>();
        for (ProcedureSection s : List.of(ProcedureSection.GENERAL, ProcedureSection.PLACE, ProcedureSection.TIME,
                ProcedureSection.FEES)) {
            all.addAll(p.caveatsFor(s));
        }
        return all;
    }

    public String heading(Procedure p) {
        return p.nationalCode() == null || p.nationalCode().isBlank()
                ? p.name()
                : p.name() + " (mã " + p.nationalCode() + ")";
    }

    /**
     * Lists the documents. Imported records carry the portal's group heading as the note ("Giấy tờ
     * phải nộp", "Giấy tờ phải xuất trình", "Lưu ý"): headings become sub-titles, and the "Lưu ý"
     * group — general remarks, not documents — is counted and left to the linked source.
     */
    private static void documents(Procedure p, StringBuilder out) {
        out.append("Hồ sơ cần chuẩn bị:\n");
        int i = 1;
        int remarks = 0;
        String group = "";
        for (RequiredDocument d : p.documents()) {
            if (d.note().startsWith(REMARKS_GROUP)) {
                remarks++;
                continue;
            }
            boolean heading = isGroupHeading(d.note());
            if (heading && !d.note().equals(group)) {
                group = d.note();
                out.append(group).append(":\n");
            }
            out.append(i++).append(". ").append(d.name());
            List<String> details = new ArrayList<>();
            if (!d.copies().isBlank()) {
                details.add(d.copies());
            }
            if (!d.form().isBlank()) {
                details.add(d.form());
            }
            if (!details.isEmpty()) {
                out.append(" (").append(String.join("; ", details)).append(')');
            }
            // curated notes stay out of chat answers: with them a list outgrows a Zalo message
            out.append('\n');
        }
        if (remarks > 0) {
            out.append("Văn bản gốc có thêm ").append(remarks)
                    .append(" lưu ý về hồ sơ; xem đầy đủ tại đường dẫn nguồn bên dưới.\n");
        }
    }

    private static boolean isGroupHeading(String note) {
        return note.startsWith("Giấy tờ phải");
    }

    private static void fees(Procedure p, StringBuilder out) {
        out.append("Phí, lệ phí: ").append(p.fee()).append('\n');
        perChannel(p, p.fee(), SubmissionChannel::fee, out);
        if (p.feeExemptions() != null && !p.feeExemptions().isBlank()) {
            out.append("Miễn, giảm: ").append(p.feeExemptions()).append('\n');
        }
    }

    private static void time(Procedure p, StringBuilder out) {
        out.append("Thời hạn giải quyết: ").append(p.timeLimit()).append('\n');
        perChannel(p, p.timeLimit(), SubmissionChannel::timeLimit, out);
    }

    /**
     * Adds one line per way of applying, but only when that says something the summary does not:
     * three identical lines after a summary that already holds them are noise on a phone.
     */
    private static void perChannel(Procedure p, String summary, Function<SubmissionChannel, String> value,
                                   StringBuilder out) {
        Set<String> distinct = new LinkedHashSet<>();
        p.channels().stream().map(value).filter(v -> !v.isBlank()).forEach(distinct::add);
        if (distinct.isEmpty() || distinct.size() == 1 && summary.contains(distinct.iterator().next())) {
            return;
        }
        for (SubmissionChannel c : p.channels()) {
            String v = value.apply(c);
            if (!v.isBlank() && !v.equals(summary)) {
                out.append("- ").append(c.mode().label()).append(": ").append(v).append('\n');
            }
        }
    }

    private static void place(Procedure p, StringBuilder out) {
        out.append("Nơi nộp hồ sơ: ").append(p.submitAt()).append('\n');
        if (!p.agencies().main().isBlank()) {
            out.append("Cơ quan thực hiện: ").append(p.agencies().main()).append('\n');
        }
        if (!p.levels().isEmpty()) {
            out.append("Cấp thực hiện: ").append(String.join(", ", p.levels())).append('\n');
        }
        modes(p, out);
    }

    private static void online(Procedure p, StringBuilder out) {
        var online = p.channel(SubmissionMode.ONLINE);
        if (online.isEmpty()) {
            out.append("Thủ tục này hiện chưa có hình thức nộp trực tuyến; vui lòng nộp trực tiếp");
            out.append(p.channel(SubmissionMode.POSTAL).isPresent() ? " hoặc qua dịch vụ bưu chính.\n" : ".\n");
            return;
        }
        out.append("Có thể nộp trực tuyến");
        if (p.online() != null && p.online().level() != null && !p.online().level().isBlank()) {
            out.append(" (dịch vụ công ").append(p.online().level()).append(')');
        }
        out.append('.');
        if (!online.get().note().isBlank()) {
            out.append(' ').append(online.get().note());
        }
        out.append('\n');
        if (p.online() != null && p.online().url() != null && !p.online().url().isBlank()) {
            out.append("Nộp tại: ").append(p.online().url()).append('\n');
        }
    }

    private static void requirements(Procedure p, StringBuilder out) {
        if (p.requirements().isEmpty()) {
            out.append("Thủ tục này không có yêu cầu, điều kiện riêng ngoài thành phần hồ sơ.\n");
        } else {
            numbered("Yêu cầu, điều kiện:", p.requirements(), out);
        }
    }

    private static void general(Procedure p, StringBuilder out) {
        out.append("Nơi nộp: ").append(p.submitAt()).append('\n');
        out.append("Thời hạn: ").append(p.timeLimit()).append('\n');
        out.append("Phí, lệ phí: ").append(p.fee()).append('\n');
        out.append("Hồ sơ gồm ").append(p.documents().size()).append(" loại giấy tờ; kết quả: ")
                .append(p.result()).append('\n');
        modes(p, out);
    }

    private static void modes(Procedure p, StringBuilder out) {
        if (!p.channels().isEmpty()) {
            out.append("Cách nộp: ").append(String.join(", ",
                    p.channels().stream().map(c -> c.mode().label().toLowerCase(java.util.Locale.ROOT)).toList()))
                    .append('\n');
        }
    }

    private static void numbered(String title, List<String> items, StringBuilder out) {
        out.append(title).append('\n');
        int i = 1;
        for (String item : items) {
            out.append(i++).append(". ").append(item).append('\n');
        }
    }

    private static String source(Procedure p) {
        StringBuilder s = new StringBuilder("Nguồn: ");
        if (p.source() != null && p.source().decision() != null && !p.source().decision().isBlank()) {
            s.append("Quyết định ").append(p.source().decision());
        } else {
            s.append("Cơ sở dữ liệu quốc gia về thủ tục hành chính");
        }
        if (p.source() != null && p.source().url() != null && !p.source().url().isBlank()) {
            s.append(", ").append(p.source().url());
        }
        if (p.lastReviewed() != null) {
            s.append(" (cập nhật ").append(DATE.format(p.lastReviewed())).append(')');
        }
        return s.toString();
    }
}
