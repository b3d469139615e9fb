package vn.motcua.bot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

class AnswerWriterTest {

    private static Procedure withDocuments(List<RequiredDocument> documents) {
        return new Procedure("x.thu", "1.000001", "Thủ tục thử", "Hộ tịch", List.of("Cấp xã"), null, List.of(),
                "UBND cấp xã", List.of(new SubmissionChannel(SubmissionMode.IN_PERSON, "1 ngày", "Miễn phí", "")),
                null, documents, List.of("Nộp hồ sơ"), "1 ngày", "Miễn phí", null, List.of(), "Giấy thử",
                List.of(), List.of(), List.of(), List.of(), new Source("1/QĐ-BTP", "https://dichvucong.gov.vn/x"),
                LocalDate.of(2026, 11, 27), List.of(), 1L);
    }

    @Test
    void portal_groups_become_headings_and_remarks_are_not_listed_as_documents() {
        String answer = new AnswerWriter().write(withDocuments(List.of(
                new RequiredDocument("Tờ khai", "1 bản chính", "", "Giấy tờ phải nộp"),
                new RequiredDocument("Giấy chứng sinh", "1 bản chính", "", "Giấy tờ phải nộp"),
                new RequiredDocument("Căn cước", "1 bản chính", "", "Giấy tờ phải xuất trình"),
                new RequiredDocument("Cá nhân có quyền lựa chọn nơi đăng ký", "", "", "Lưu ý"),
                new RequiredDocument("Bản chụp phải rõ nét", "", "", "Lưu ý"))), ProcedureSection.DOCUMENTS);

        assertThat(answer)
                .contains("Giấy tờ phải nộp:\n1. Tờ khai (1 bản chính)\n2. Giấy chứng sinh (1 bản chính)")
                .contains("Giấy tờ phải xuất trình:\n3. Căn cước (1 bản chính)")
                .contains("có thêm 2 lưu ý")
                .doesNotContain("Cá nhân có quyền lựa chọn")
                .contains("https://dichvucong.gov.vn/x");
    }

    @Test
    void curated_notes_stay_out_of_the_chat_answer() {
        String answer = new AnswerWriter().write(withDocuments(List.of(
                new RequiredDocument("Văn bản ủy quyền", "1 bản chính", "", "Chỉ khi ủy quyền cho người khác"))),
                ProcedureSection.DOCUMENTS);

        assertThat(answer).contains("1. Văn bản ủy quyền (1 bản chính)\n").doesNotContain("Chỉ khi ủy quyền");
    }

    @Test
    void per_channel_fees_are_listed_only_when_they_add_something() {
        Procedure same = withDocuments(List.of(new RequiredDocument("Tờ khai", "1 bản chính", "", "")));
        String answer = new AnswerWriter().write(same, ProcedureSection.FEES);
        assertThat(answer).contains("Phí, lệ phí: Miễn phí").doesNotContain("- Trực tiếp");

        Procedure differing = new Procedure("x.thu", null, "Thủ tục thử", "Hộ tịch", List.of("Cấp xã"), null,
                List.of(), "UBND cấp xã", List.of(
                        new SubmissionChannel(SubmissionMode.IN_PERSON, "3 ngày", "50.000 đồng", ""),
                        new SubmissionChannel(SubmissionMode.ONLINE, "3 ngày", "25.000 đồng", "")),
                null, same.documents(), List.of("Nộp hồ sơ"), "3 ngày", "Theo hình thức nộp", null, List.of(),
                "Giấy thử", List.of(), List.of(), List.of(), List.of(), same.source(), same.lastReviewed(),
                List.of(), 1L);
        assertThat(new AnswerWriter().write(differing, ProcedureSection.FEES))
                .contains("- Trực tiếp: 50.000 đồng").contains("- Trực tuyến: 25.000 đồng");
        assertThat(new AnswerWriter().write(differing, ProcedureSection.TIME)).doesNotContain("- Trực");
    }
}
