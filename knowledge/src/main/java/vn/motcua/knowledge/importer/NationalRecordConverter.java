package vn.motcua.knowledge.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Caveat;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.OnlineService;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/**
 * Turns one national record into a procedure, or says which field makes that impossible. Defaults are
 * filled in only where they stay true (where to submit falls back to the agency that carries the
 * procedure out, and says so); everything else missing is a problem named by the record's field.
 */
final class NationalRecordConverter {
    static final String NOT_PUBLISHED_TIME =
            "Cổng Dịch vụ công quốc gia chưa công bố thời hạn giải quyết; vui lòng hỏi cơ quan tiếp nhận hồ sơ.";
    static final String NOT_PUBLISHED_FEE =
            "Cổng Dịch vụ công quốc gia chưa công bố mức phí, lệ phí; vui lòng hỏi cơ quan tiếp nhận hồ sơ.";
    private static final Pattern CODE = Pattern.compile("^\\d\\.\\d{6}$");
    private static final Pattern PAGE_CODE = Pattern.compile("Mã thủ tục\\s*(\\d\\.\\d{6})");

    private NationalRecordConverter() {
    }

    static Procedure convert(NationalRecord original) throws InvalidProcedureException {
        String code = PortalText.line(original.code());
        String rawText = Normalizer.normalize(original.rawText(), Normalizer.Form.NFC);
        List<ProcedureProblem> problems = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidProcedureException(NationalRecord.CODE_FIELD, "mã thủ tục phải có dạng 1.001193: '" + code + "'");
        }
        if (!rawText.isBlank() && !rawText.contains("Mã thủ tục" + code)) {
            Matcher other = PAGE_CODE.matcher(rawText);
            throw new InvalidProcedureException("raw_text", "bản ghi bị nhầm: nội dung trang là của thủ tục "
                    + (other.find() ? other.group(1) : "khác") + ", không phải " + code);
        }
        NationalRecord r = rawText.isBlank() ? original : PageSections.restore(original, rawText);

        String name = ProcedureTitle.clean(r.title());
        require(problems, "ten_thu_tuc", name);
        String field = PortalText.line(r.field());
        require(problems, "linh_vuc", field);
        List<String> levels = PortalText.commaList(r.levels());
        if (levels.isEmpty()) {
            problems.add(new ProcedureProblem("cap_thuc_hien", "trống"));
        }
        Agencies agencies = new Agencies(PortalText.line(r.competentAgency()), PortalText.line(r.implementingAgency()),
                PortalText.line(r.delegatedAgency()), PortalText.line(r.coordinatingAgency()));
        List<Caveat> caveats = new ArrayList<>();
        String submitAt = submitAt(r, agencies, levels, caveats);

        List<SubmissionChannel> channels = ChannelTable.parse(r.channels());
        if (channels.isEmpty()) {
            problems.add(new ProcedureProblem("cach_thuc_thuc_hien", "không đọc được hình thức nộp nào"));
        }
        List<RequiredDocument> documents = DocumentTable.parse(r.documents());
        if (documents.isEmpty()) {
            problems.add(new ProcedureProblem("thanh_phan_ho_so", "không có giấy tờ nào trong bảng thành phần hồ sơ"));
        }
        List<String> steps = PortalText.paragraphs(r.steps());
        if (steps.isEmpty()) {
            problems.add(new ProcedureProblem("trinh_tu_thuc_hien", "trống"));
        }
        ResultList.Parsed result = ResultList.parse(r.result());
        require(problems, "ket_qua_xu_ly", result.result());
        String decision = PortalText.line(r.decision());
        String url = PortalText.line(r.detailUrl());
        if (decision.isEmpty() && url.isEmpty()) {
            problems.add(new ProcedureProblem("so_quyet_dinh", "không có số quyết định công bố lẫn đường dẫn nguồn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProcedureException(problems);
        }
        String timeLimit = summary(channels, SubmissionChannel::timeLimit);
        if (timeLimit.isEmpty()) {
            timeLimit = NOT_PUBLISHED_TIME;
        } else if (channels.stream().anyMatch(ChannelTable::hasBareNumber)) {
            caveats.add(new Caveat(ProcedureSection.TIME, "Cổng Dịch vụ công quốc gia chỉ ghi con số, không ghi đơn vị"
                    + " thời hạn (ngày hay ngày làm việc); vui lòng kiểm tra lại với cơ quan tiếp nhận hồ sơ."));
        }
        String fee = summary(channels, SubmissionChannel::fee);
        if (fee.isEmpty()) {
            fee = NOT_PUBLISHED_FEE;
        }
        OnlineService online = channels.stream().anyMatch(c -> c.mode() == SubmissionMode.ONLINE) && !url.isEmpty()
                ? new OnlineService("", url) : null;
        return new Procedure(code, code, name, field, levels, agencies, PortalText.commaList(r.applicants()),
                submitAt, channels, online, documents, steps, timeLimit, fee, null,
                PortalText.paragraphs(r.requirements()), result.result(), LegalBasisTable.parse(r.legalBasis()),
                List.of(), aliases(name, result.keywords()), List.of(), new Source(decision, url), null, caveats,
                null);
    }

    /**
     * Where to submit: the receiving address, else the implementing or competent agency. Without any,
     * the record's level names the one-stop shop, flagged as not published.
     */
    private static String submitAt(NationalRecord r, Agencies agencies, List<String> levels, List<Caveat> caveats) {
        String address = PortalText.line(r.receivingAddress());
        if (!address.isEmpty()) {
            return address;
        }
        if (!agencies.main().isEmpty()) {
            return agencies.main();
        }
        String level = levels.isEmpty() ? "" : levels.get(0);
        caveats.add(new Caveat(ProcedureSection.PLACE, "Cổng Dịch vụ công quốc gia chưa ghi địa chỉ tiếp nhận"
                + " cụ thể; vui lòng kiểm tra lại với Bộ phận Một cửa nơi bạn cư trú."));
        return switch (level) {
            case "Cấp xã" -> "Bộ phận Một cửa cấp xã (Trung tâm phục vụ hành chính công cấp xã)";
            case "Cấp tỉnh" -> "Bộ phận Một cửa cấp tỉnh (Trung tâm phục vụ hành chính công cấp tỉnh)";
            case "Cấp bộ" -> "Cơ quan có thẩm quyền cấp bộ";
            default -> "Cơ quan có thẩm quyền giải quyết thủ tục";
        };
    }

    /** One line for the whole procedure: the common value, else each mode's own. */
    private static String summary(List<SubmissionChannel> channels,
                                  java.util.function.Function<SubmissionChannel, String> cell) {
        Set<String> values = new LinkedHashSet<>();
        channels.forEach(c -> values.add(cell.apply(c)));
        values.remove("");
        if (values.size() <= 1) {
            return values.stream().findFirst().orElse("");
        }
        List<String> parts = new ArrayList<>();
        for (SubmissionChannel c : channels) {
            String v = cell.apply(c);
            if (!v.isEmpty()) {
                String part = c.mode().label() + ": " + v;
                if (!parts.contains(part)) {
                    parts.add(part);
                }
            }
        }
        return String.join("; ", parts);
    }

    private static List<String> aliases(String name, List<String> keywords) {
        return keywords.stream()
                .filter(k -> k.length() >= 4 && Character.isUpperCase(k.codePointAt(0)))
                .filter(k -> !k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(ProcedureTitle::clean)
                .distinct()
                .toList();
    }

    private static void require(List<ProcedureProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new ProcedureProblem(field, "trống"));
        }
    }
}
