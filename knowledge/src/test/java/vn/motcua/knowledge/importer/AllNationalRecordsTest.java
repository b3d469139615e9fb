package vn.motcua.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.InvalidProcedureException;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureValidator;

/** Every one of the 61 reference records imports cleanly or is refused for a stated reason. */
class AllNationalRecordsTest {
    private static final Map<String, Procedure> imported = new LinkedHashMap<>();
    private static final Map<String, List<ProcedureProblem>> refused = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws IOException {
        try (Stream<Path> files = Files.walk(NationalRecords.folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = NationalRecords.folder().relativize(file).toString().replace(".json", "");
                try {
                    imported.put(name, NationalRecordConverter.convert(NationalRecords.record(name)));
                } catch (InvalidProcedureException e) {
                    refused.put(name, e.problems());
                }
            }
        }
    }

    @Test
    void all_61_are_accounted_for_and_only_the_two_without_documents_are_refused() {
        assertThat(imported.size() + refused.size()).isEqualTo(61);
        assertThat(refused).containsOnlyKeys("other/3.000520", "other/5.002548");
        refused.values().forEach(problems -> assertThat(problems).extracting(ProcedureProblem::field)
                .containsExactly("thanh_phan_ho_so"));
    }

    @Test
    void every_imported_procedure_is_valid_and_named_by_its_national_code() {
        imported.forEach((name, p) -> {
            assertThat(ProcedureValidator.check(p)).as(name).isEmpty();
            assertThat(p.id()).as(name).isEqualTo(p.nationalCode()).isEqualTo(Path.of(name).getFileName().toString());
        });
    }

    @Test
    void no_placeholder_widget_text_or_decomposed_accent_is_left() {
        imported.forEach((name, p) -> {
            String json = ProcedureJson.write(p);
            assertThat(json).as(name).doesNotContain("Không có thông tin", "Chọn cơ quan thực hiện", "\\t", "\u00a0");
            assertThat(Normalizer.isNormalized(json, Normalizer.Form.NFC)).as(name).isTrue();
        });
    }

    @Test
    void names_are_clean() {
        imported.forEach((name, p) -> assertThat(p.name()).as(name)
                .doesNotContain("\n").doesNotStartWith("Thủ tục ").doesNotStartWith(".")
                .doesNotEndWith(".").doesNotContain(p.nationalCode()));
    }

    @Test
    void every_channel_row_has_a_time_or_a_fee_and_every_document_a_name() {
        List<String> emptyRows = new ArrayList<>();
        imported.forEach((name, p) -> p.channels().stream()
                .filter(c -> c.timeLimit().isBlank() && c.fee().isBlank())
                .forEach(c -> emptyRows.add(name + " " + c.mode())));
        assertThat(emptyRows).isEmpty();
        imported.forEach((name, p) -> assertThat(p.documents()).as(name)
                .allSatisfy(d -> assertThat(d.name()).isNotBlank().doesNotEndWith("bản chính")));
    }

    @Test
    void legal_references_mostly_carry_a_number() {
        long references = imported.values().stream().mapToLong(p -> p.legalBasis().size()).sum();
        long withNumber = imported.values().stream().flatMap(p -> p.legalBasis().stream())
                .filter(l -> l.number().matches("\\d+.*/.*")).count();
        assertThat(references).isGreaterThan(200);
        assertThat((double) withNumber / references).isGreaterThan(0.95);
    }
}
