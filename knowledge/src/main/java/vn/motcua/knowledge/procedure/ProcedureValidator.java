package vn.motcua.knowledge.procedure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a procedure before it enters the knowledge base: required fields present, codes well formed,
 * references to other procedures resolvable. Problems name the field so an author can fix them.
 */
public final class ProcedureValidator {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(?:[.-][a-z0-9]+)*$");
    private static final Pattern NATIONAL_CODE = Pattern.compile("^\\d\\.\\d{6}$");

    private ProcedureValidator() {
    }

    /** Problems with the procedure on its own (no cross-references). */
    public static List<ProcedureProblem> check(Procedure p) {
        List<ProcedureProblem> problems = new ArrayList<>();
        if (blank(p.id()) && blank(p.nationalCode())) {
            problems.add(new ProcedureProblem("id", "bắt buộc (hoặc nationalCode)"));
        } else if (!blank(p.id()) && !ID.matcher(p.id()).matches()) {
            problems.add(new ProcedureProblem("id", "chỉ dùng chữ thường không dấu, số, '.' và '-'"));
        }
        if (!blank(p.nationalCode()) && !NATIONAL_CODE.matcher(p.nationalCode()).matches()) {
            problems.add(new ProcedureProblem("nationalCode", "phải có dạng 1.001193"));
        }
        require(problems, "name", p.name());
        require(problems, "field", p.field());
        require(problems, "submitAt", p.submitAt());
        require(problems, "timeLimit", p.timeLimit());
        require(problems, "fee", p.fee());
        require(problems, "result", p.result());
        requireList(problems, "levels", p.levels());
        requireList(problems, "channels", p.channels());
        requireList(problems, "documents", p.documents());
        requireList(problems, "steps", p.steps());
        for (int i = 0; i < p.channels().size(); i++) {
            if (p.channels().get(i).mode() == null) {
                problems.add(new ProcedureProblem("channels[" + i + "].mode", "bắt buộc: in_person, online hoặc postal"));
            }
        }
        for (int i = 0; i < p.documents().size(); i++) {
            require(problems, "documents[" + i + "].name", p.documents().get(i).name());
        }
        for (int i = 0; i < p.caveats().size(); i++) {
            if (p.caveats().get(i).section() == null) {
                problems.add(new ProcedureProblem("caveats[" + i + "].section", "bắt buộc"));
            }
            require(problems, "caveats[" + i + "].text", p.caveats().get(i).text());
        }
        if (p.source() == null || blank(p.source().decision()) && blank(p.source().url())) {
            problems.add(new ProcedureProblem("source", "bắt buộc: số quyết định công bố hoặc đường dẫn"));
        }
        return problems;
    }

    /** Problems with references to other procedures, given the ids the knowledge base holds. */
    public static List<ProcedureProblem> checkReferences(Procedure p, Set<String> knownIds) {
        List<ProcedureProblem> problems = new ArrayList<>();
        for (int i = 0; i < p.related().size(); i++) {
            if (!knownIds.contains(p.related().get(i))) {
                problems.add(new ProcedureProblem("related[" + i + "]",
                        "không có thủ tục mã " + p.related().get(i)));
            }
        }
        return problems;
    }

    private static void require(List<ProcedureProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new ProcedureProblem(field, "bắt buộc"));
        }
    }

    private static void requireList(List<ProcedureProblem> problems, String field, Collection<?> value) {
        if (value == null || value.isEmpty()) {
            problems.add(new ProcedureProblem(field, "bắt buộc, ít nhất một mục"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
