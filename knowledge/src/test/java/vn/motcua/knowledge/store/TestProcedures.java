package vn.motcua.knowledge.store;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.LegalReference;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/** Small valid procedures for store tests. */
public final class TestProcedures {
    private TestProcedures() {
    }

    public static Procedure procedure(String id, String name) {
        return procedure(id, name, List.of());
    }

    public static Procedure procedure(String id, String name, List<String> aliases) {
        return new Procedure(id, null, name, "Hộ tịch", List.of("Cấp xã"),
                new Agencies("", "Ủy ban nhân dân cấp xã", "", ""), List.of("Công dân Việt Nam"),
                "Bộ phận Một cửa cấp xã",
                List.of(new SubmissionChannel(SubmissionMode.IN_PERSON, "1 ngày làm việc", "Miễn phí", "")), null,
                List.of(new RequiredDocument("Tờ khai", "1 bản chính", "", "")), List.of("Nộp hồ sơ."),
                "1 ngày làm việc", "Miễn phí", null, List.of(), "Giấy xác nhận",
                List.of(new LegalReference("60/2014/QH13", "Luật Hộ tịch")), List.of(), aliases,
                List.of("hỏi 1", "hỏi 2", "hỏi 3"), new Source("163/QĐ-BTP", "https://dichvucong.gov.vn"),
                LocalDate.of(2026, 11, 27), List.of(), null);
    }
}
