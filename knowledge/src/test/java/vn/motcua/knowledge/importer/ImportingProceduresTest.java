package vn.motcua.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.knowledge.store.TestProcedures.procedure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.seed.InMemorySeedState;
import vn.motcua.knowledge.store.InMemoryProcedureStore;

class ImportingProceduresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path input;

    InMemoryProcedureStore store;
    InMemorySeedState seedState;
    ImportingProcedures importing;

    @BeforeEach
    void emptyKnowledgeBase() {
        store = new InMemoryProcedureStore();
        seedState = new InMemorySeedState();
        importing = new ImportingProcedures(store, seedState);
    }

    private Path jsonLines(String fileName, String... records) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String r : records) {
            lines.append(JSON.writeValueAsString(NationalRecords.json(r))).append('\n');
        }
        return Files.writeString(input.resolve(fileName), lines, StandardCharsets.UTF_8);
    }

    @Test
    void a_json_lines_file_imports_each_line() throws Exception {
        Path file = jsonLines("records.jsonl", "1.001193", "1.000894", "2.000815");

        ImportReport report = importing.run(List.of(file), false);

        assertThat(report.added()).containsExactly("1.001193", "1.000894", "2.000815");
        assertThat(report.rejected()).isEmpty();
        assertThat(store.find("1.000894").orElseThrow().name()).isEqualTo("Đăng ký kết hôn");
    }

    @Test
    void a_folder_is_searched_recursively_and_a_json_array_counts_each_record() throws Exception {
        ImportReport fromFolder = importing.run(List.of(NationalRecords.folder()), false);
        assertThat(fromFolder.read()).isEqualTo(61);
        assertThat(fromFolder.added()).hasSize(59).contains("1.010727");

        ArrayNode array = JSON.createArrayNode().add(NationalRecords.json("1.001193")).add(NationalRecords.json("1.004884"));
        Path file = Files.writeString(input.resolve("two.json"), array.toString());
        ImportReport again = importing.run(List.of(file), false);

        assertThat(again.unchanged()).containsExactly("1.001193", "1.004884");
        assertThat(again.added()).isEmpty();
    }

    @Test
    void a_bad_record_is_reported_with_file_and_field_and_the_others_are_imported() throws Exception {
        ObjectNode noName = NationalRecords.json("1.000894");
        noName.put("ten_thu_tuc", "Không có thông tin");
        Path file = Files.writeString(input.resolve("mixed.jsonl"),
                JSON.writeValueAsString(NationalRecords.json("1.001193")) + "\n" + JSON.writeValueAsString(noName) + "\n");

        ImportReport report = importing.run(List.of(file), false);

        assertThat(report.added()).containsExactly("1.001193");
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.location().file()).isEqualTo(file);
            assertThat(r.location().position()).isEqualTo("dòng 2");
            assertThat(r.field()).isEqualTo("ten_thu_tuc");
        });
        assertThat(report.failed()).isFalse();
    }

    @Test
    void a_file_that_is_not_json_stops_the_whole_import_before_anything_is_written() throws Exception {
        Path good = jsonLines("good.jsonl", "1.001193");
        Path broken = Files.writeString(input.resolve("broken.json"), "{\"ma_thu_tuc\": \"1.000894\",\n  \"ten_thu_tuc\": ");

        ImportReport report = importing.run(List.of(good, broken, input.resolve("missing.json")), false);

        assertThat(report.failed()).isTrue();
        assertThat(report.unreadable()).extracting(r -> r.location().file()).containsExactly(broken, input.resolve("missing.json"));
        assertThat(report.unreadable().get(0).toString()).contains("broken.json", "dòng 2");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void a_record_in_neither_format_is_refused() throws Exception {
        Path file = Files.writeString(input.resolve("other.json"), "{\"title\": \"?\"}");

        ImportReport report = importing.run(List.of(file), false);

        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.message()).contains("ma_thu_tuc"));
        assertThat(report.failed()).isTrue();
    }

    @Test
    void seed_format_records_are_recognised_and_validated() throws Exception {
        Procedure seed = procedure("ho-tich.trich-luc", "Cấp bản sao trích lục hộ tịch");
        Procedure broken = procedure("ho-tich.loi", "");
        Path file = Files.writeString(input.resolve("seeds.jsonl"),
                ProcedureJson.mapper().writer().writeValueAsString(seed) + "\n"
                        + ProcedureJson.mapper().writer().writeValueAsString(broken) + "\n");

        ImportReport report = importing.run(List.of(file), false);

        assertThat(report.added()).containsExactly("ho-tich.trich-luc");
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("name"));
    }

    @Test
    void a_national_record_does_not_overwrite_the_curated_procedure_with_its_code() throws Exception {
        Procedure curated = new Procedure("ho-tich.khai-sinh", "1.001193", "Đăng ký khai sinh (biên soạn)", "Hộ tịch",
                List.of("Cấp xã"), null, List.of(), "UBND xã", procedure("x.x", "x").channels(), null,
                procedure("x.x", "x").documents(), List.of("Nộp"), "1 ngày", "Miễn phí", null, List.of(),
                "Giấy khai sinh", List.of(), List.of(), List.of("làm giấy khai sinh"),
                List.of("khai sinh cần gì", "khai sinh ở đâu", "khai sinh mất bao lâu"), null,
                java.time.LocalDate.of(2026, 11, 1), List.of(), null);
        store.save(curated, 0);

        ImportReport report = importing.run(List.of(NationalRecords.file("1.001193"), NationalRecords.file("1.000894")), false);

        assertThat(report.keptCurated()).containsExactly("ho-tich.khai-sinh (1.001193)");
        assertThat(report.added()).containsExactly("1.000894");
        assertThat(store.find("1.001193")).isEmpty();
        assertThat(store.find("ho-tich.khai-sinh").orElseThrow().name()).isEqualTo("Đăng ký khai sinh (biên soạn)");
        assertThat(report.failed()).isFalse();
    }

    @Test
    void under_replace_the_national_code_is_the_id_even_where_a_seed_had_it() throws Exception {
        store.save(procedure("ho-tich.khai-sinh", "Đăng ký khai sinh"), 0);

        ImportReport report = importing.run(List.of(NationalRecords.file("1.001193")), true);

        assertThat(report.keptCurated()).isEmpty();
        assertThat(store.all()).extracting(Procedure::id).containsExactly("1.001193");
    }

    @Test
    void replace_leaves_only_what_was_imported_and_marks_the_seeds_replaced() throws Exception {
        store.save(procedure("ho-tich.khai-sinh", "Đăng ký khai sinh"), 0);

        ImportReport report = importing.run(List.of(NationalRecords.file("1.001193"), NationalRecords.file("2.000815")), true);

        assertThat(report.added()).containsExactly("1.001193", "2.000815");
        assertThat(report.removed()).containsExactly("ho-tich.khai-sinh");
        assertThat(store.all()).extracting(Procedure::id).containsExactlyInAnyOrder("1.001193", "2.000815");
        assertThat(seedState.seedsReplaced()).isTrue();
    }

    @Test
    void a_failed_replace_changes_nothing() throws Exception {
        store.save(procedure("ho-tich.khai-sinh", "Đăng ký khai sinh"), 0);
        Path broken = Files.writeString(input.resolve("broken.json"), "[");

        ImportReport report = importing.run(List.of(broken), true);

        assertThat(report.failed()).isTrue();
        assertThat(store.all()).extracting(Procedure::id).containsExactly("ho-tich.khai-sinh");
        assertThat(seedState.seedsReplaced()).isFalse();
    }

    @Test
    void the_same_code_twice_in_one_import_is_reported() throws Exception {
        Path file = jsonLines("twice.jsonl", "1.001193", "1.001193");

        ImportReport report = importing.run(List.of(file), false);

        assertThat(report.added()).containsExactly("1.001193");
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.message()).contains("trùng mã 1.001193"));
    }
}
