package vn.motcua.knowledge.editing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/** Small valid procedures, independent of the seed files (which staff keep changing). */
final class ProcedureFixture {

    private ProcedureFixture() {
    }

    static Procedure birthRegistration() {
        return procedure("ho-tich.khai-sinh", "1.001193", "Đăng ký khai sinh", "Hộ tịch",
                "Miễn lệ phí", List.of("giấy khai sinh", "làm khai sinh cho con"), List.of("ho-tich.khai-tu"));
    }

    static Procedure deathRegistration() {
        return procedure("ho-tich.khai-tu", "1.000656", "Đăng ký khai tử", "Hộ tịch",
                "Miễn lệ phí", List.of("báo tử", "giấy chứng tử"), List.of());
    }

    static Procedure procedure(String id, String code, String name, String field, String fee,
                               List<String> aliases, List<String> related) {
        return new Procedure(id, code, name, field, List.of("Cấp xã"),
                new Agencies("UBND cấp xã", "UBND cấp xã", "", ""), List.of("Công dân Việt Nam"),
                "Bộ phận một cửa UBND cấp xã",
                List.of(new SubmissionChannel(SubmissionMode.IN_PERSON, "Trong ngày", fee, ""),
                        new SubmissionChannel(SubmissionMode.ONLINE, "Trong ngày", fee, "")),
                null, List.of(new RequiredDocument("Tờ khai theo mẫu", "1 bản chính", "", "")),
                List.of("Nộp hồ sơ", "Nhận kết quả"), "Trong ngày", fee, null, List.of(), "Trích lục",
                List.of(), related, aliases, List.of(), new Source("1872/QĐ-BTP", null),
                LocalDate.of(2026, 11, 1), List.of(), null);
    }

    static Procedure withFee(Procedure p, String fee) throws Exception {
        ObjectNode tree = ProcedureJson.mapper().valueToTree(p);
        tree.put("fee", fee);
        return ProcedureJson.mapper().treeToValue(tree, Procedure.class);
    }
}
