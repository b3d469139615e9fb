package vn.motcua.knowledge.search;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.synonym.Synonym;

/** Small procedures for search tests: a name, everyday names and example questions are what matter. */
final class ProcedureFixtures {
    private ProcedureFixtures() {
    }

    static Procedure procedure(String id, String name, List<String> aliases, List<String> examples) {
        return new Procedure(id, null, name, "Lĩnh vực thử", List.of("Cấp xã"), Agencies.NONE, List.of(),
                "Bộ phận một cửa cấp xã", List.of(), null, List.of(new RequiredDocument("Tờ khai", "1 bản chính", "", "")),
                List.of("Nộp hồ sơ"), "3 ngày làm việc", "Miễn phí", null, List.of(), "Giấy chứng nhận", List.of(),
                List.of(), aliases, examples, new Source("1/QĐ-TEST", "https://example.invalid"),
                LocalDate.of(2026, 1, 1), List.of(), 1L);
    }

    /** An index of {@link #sample()} with a few synonyms (an abbreviation, a nickname, teencode). */
    static ProcedureIndex sampleIndex() {
        ProcedureIndex index = new ProcedureIndex();
        index.sync(sample());
        index.useSynonyms(List.of(new Synonym("CCCD", "căn cước công dân"),
                new Synonym("sổ hồng", "giấy chứng nhận quyền sử dụng đất"), new Synonym("j", "gì"),
                new Synonym("dk", "đăng ký")));
        return index;
    }

    static List<Procedure> sample() {
        return List.of(
                procedure("ho-tich.khai-sinh", "Đăng ký khai sinh",
                        List.of("làm giấy khai sinh", "khai sinh cho con"),
                        List.of("làm giấy khai sinh cần gì", "khai sinh ở đâu")),
                procedure("ho-tich.ket-hon", "Đăng ký kết hôn",
                        List.of("giấy đăng ký kết hôn", "làm hôn thú"),
                        List.of("đăng ký kết hôn ở đâu", "kết hôn cần giấy tờ gì")),
                procedure("can-cuoc.cap-moi", "Cấp thẻ căn cước lần đầu",
                        List.of("làm căn cước", "làm thẻ căn cước"),
                        List.of("làm căn cước lần đầu cần gì", "căn cước mất phí không")),
                procedure("dat-dai.cap-gcn", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
                        List.of("làm sổ đỏ lần đầu"),
                        List.of("làm sổ đỏ mất bao lâu", "cấp giấy chứng nhận quyền sử dụng đất cần gì")),
                procedure("dinh-danh.muc-2", "Cấp tài khoản định danh điện tử mức độ 2 (VNeID)",
                        List.of("VNeID mức 2"),
                        List.of("kích hoạt VNeID mức 2", "làm định danh điện tử")),
                procedure("cu-tru.thuong-tru", "Đăng ký thường trú",
                        List.of("nhập hộ khẩu"),
                        List.of("đăng ký thường trú cho con", "nhập khẩu về nhà mới")));
    }
}
