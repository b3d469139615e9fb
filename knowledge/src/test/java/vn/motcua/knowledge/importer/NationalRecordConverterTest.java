package vn.motcua.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.LegalReference;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;

/** Real national records, checked field by field against what the portal page says. */
class NationalRecordConverterTest {

    private static Procedure convert(String name) throws InvalidProcedureException {
        return NationalRecordConverter.convert(NationalRecords.record(name));
    }

    @Test
    void birth_registration_has_three_free_channels_and_its_source() throws Exception {
        Procedure p = convert("1.001193");

        assertThat(p.id()).isEqualTo("1.001193");
        assertThat(p.nationalCode()).isEqualTo("1.001193");
        assertThat(p.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.field()).isEqualTo("Hộ tịch");
        assertThat(p.levels()).containsExactly("Cấp xã");
        assertThat(p.channels()).extracting(SubmissionChannel::mode, SubmissionChannel::timeLimit, SubmissionChannel::fee)
                .containsExactly(
                        tuple(SubmissionMode.ONLINE, "1", "Miễn phí"),
                        tuple(SubmissionMode.POSTAL, "1", "Miễn phí"),
                        tuple(SubmissionMode.IN_PERSON, "1", "Miễn phí"));
        assertThat(p.fee()).isEqualTo("Miễn phí");
        assertThat(p.source().decision()).isEqualTo("163/QĐ-BTP");
        assertThat(p.source().url()).isEqualTo("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7");
        assertThat(p.result()).isEqualTo("Giấy khai sinh");
        assertThat(p.applicants()).containsExactly("Công dân Việt Nam", "Người Việt Nam định cư ở nước ngoài");
        assertThat(p.documents()).anySatisfy(d -> {
            assertThat(d.name()).startsWith("Giấy chứng sinh; trường hợp không có Giấy chứng sinh");
            assertThat(d.copies()).isEqualTo("1 bản chính");
            assertThat(d.note()).isEqualTo("Giấy tờ phải nộp");
        });
        assertThat(p.legalBasis()).extracting(LegalReference::number)
                .contains("85/2019/TT-BTC", "104/2022/NĐ-CP", "123/2015/NĐ-CP", "60/2014/QH13");
        assertThat(p.legalBasis()).filteredOn(l -> l.number().equals("123/2015/NĐ-CP")).singleElement()
                .satisfies(l -> assertThat(l.title()).endsWith("biện pháp thi hành Luật Hộ tịch"));
    }

    @Test
    void a_time_without_unit_and_a_missing_address_are_said_as_such() throws Exception {
        Procedure p = convert("1.001193");

        // co_quan_thuc_hien is the placeholder and dia_chi_tiep_nhan is empty: the level names the one-stop shop
        assertThat(p.agencies().implementing()).isEmpty();
        assertThat(p.submitAt()).contains("Bộ phận Một cửa cấp xã");
        assertThat(p.caveatsFor(ProcedureSection.PLACE)).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("chưa ghi địa chỉ tiếp nhận"));
        assertThat(p.caveatsFor(ProcedureSection.TIME)).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("không ghi đơn vị"));
    }

    @Test
    void steps_cut_short_by_the_crawler_are_restored_from_the_page_text() throws Exception {
        // the crawler cut trinh_tu_thuc_hien at "(Thành phần hồ sơ)" inside step 1
        assertThat(NationalRecords.record("1.001613").steps()).endsWith("mục 9.3 (");

        Procedure p = convert("1.001613");

        assertThat(p.steps()).anySatisfy(s -> assertThat(s).startsWith("Bước 2. Cơ quan BHXH tiếp nhận hồ sơ"));
        assertThat(p.documents()).isNotEmpty().noneSatisfy(d -> assertThat(d.name()).contains("Bước 2"));
        assertThat(p.result()).isEqualTo("Tiền trợ cấp; Bản quá trình đóng BHXH; Quyết định về việc hưởng BHXH một lần");
    }

    @Test
    void two_in_person_rows_with_their_own_fees_and_no_published_time() throws Exception {
        Procedure p = convert("2.000815");

        assertThat(p.channels()).extracting(SubmissionChannel::mode, SubmissionChannel::fee)
                .containsExactly(tuple(SubmissionMode.IN_PERSON, "2.000 đồng/trang"),
                        tuple(SubmissionMode.IN_PERSON, "10 USD/bản"));
        assertThat(p.channels().get(1).note()).isEqualTo("Tại cơ quan đại diện: 10 USD/bản.");
        assertThat(p.timeLimit()).isEqualTo(NationalRecordConverter.NOT_PUBLISHED_TIME);
    }

    @Test
    void amounts_are_written_the_vietnamese_way_with_their_fee_note() throws Exception {
        Procedure p = convert("1.004222");

        assertThat(p.channel(SubmissionMode.ONLINE).orElseThrow().fee())
                .isEqualTo("10.000 đồng (Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.)");
        assertThat(p.channel(SubmissionMode.IN_PERSON).orElseThrow().fee()).startsWith("20.000 đồng (");
        assertThat(p.fee()).startsWith("Trực tuyến: 10.000 đồng");
        assertThat(p.timeLimit()).isEqualTo("7 ngày làm việc");
    }

    @Test
    void attached_form_files_are_told_apart_from_the_document_name() throws Exception {
        Procedure p = convert("1.014061");

        assertThat(p.documents()).filteredOn(d -> d.name().startsWith("Phiếu thu thập thông tin dân cư"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.form()).isEqualTo("Mẫu DC01 Phiếu thu thập thông tin dân cư.docx");
                    assertThat(d.name()).doesNotContain(".docx");
                    assertThat(d.copies()).isEqualTo("1 bản chính");
                });
        assertThat(convert("2.001827").documents()).extracting(RequiredDocument::form)
                .containsExactly("Phụ lục I Đơn đề nghị.docx", "Phụ lục II Bản thuyết minh.docx");
    }

    @Test
    void decomposed_accents_are_normalised() throws Exception {
        String decomposed = NationalRecords.record("1.014061").field();
        assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC)).isFalse();

        assertThat(convert("1.014061").field()).isEqualTo("Cấp, quản lý căn cước")
                .isEqualTo(Normalizer.normalize("Cấp, quản lý căn cước", Normalizer.Form.NFC));
    }

    @Test
    void titles_lose_their_noise() throws Exception {
        assertThat(convert("other/1.010727").name()).isEqualTo("Cấp giấy phép môi trường (cấp Tỉnh)");
        assertThat(convert("other/1.013950").name()).isEqualTo("Chuyển hình thức giao đất, cho thuê đất");
        assertThat(convert("other/1.009644").name())
                .isEqualTo("Điều chỉnh Quyết định chấp thuận nhà đầu tư thuộc thẩm quyền của Chủ tịch Uỷ ban nhân dân cấp tỉnh");
    }

    @Test
    void results_keep_no_page_widget_text() throws Exception {
        Procedure p = convert("1.000894");

        assertThat(p.result()).isEqualTo("Giấy chứng nhận kết hôn");
    }

    @Test
    void a_misfiled_record_is_refused_naming_the_code_its_page_carries() {
        ObjectNode json = NationalRecords.json("1.001193");
        json.put("ma_thu_tuc", "1.004884");

        assertThatThrownBy(() -> NationalRecordConverter.convert(NationalRecords.record(json)))
                .isInstanceOfSatisfying(InvalidProcedureException.class, e -> assertThat(e.problems())
                        .extracting(ProcedureProblem::field).containsExactly("raw_text"))
                .hasMessageContaining("1.001193");
    }

    @Test
    void a_record_without_documents_is_refused_with_the_field() {
        assertThatThrownBy(() -> convert("other/3.000520"))
                .isInstanceOfSatisfying(InvalidProcedureException.class, e -> assertThat(e.problems())
                        .extracting(ProcedureProblem::field).containsExactly("thanh_phan_ho_so"));
    }
}
