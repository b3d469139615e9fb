package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.bot.answering.Answer;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;

/**
 * Every catalogue procedure is in the seeds with its id and national code, and a plain question about
 * its documents, fee, time and place finds it and answers that section.
 */
class SeedCatalogueTest {

    record CatalogueEntry(String id, String name, String nationalCode) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<CatalogueEntry> catalogue() throws IOException {
        try (InputStream in = SeedCatalogueTest.class.getResourceAsStream("/catalogue/procedures.tsv")) {
            List<CatalogueEntry> entries = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cols = lines[i].split("\t", -1);
                entries.add(new CatalogueEntry(cols[0].trim(), cols[1].trim(), cols.length > 4 ? cols[4].trim() : ""));
            }
            return entries;
        }
    }

    static Stream<CatalogueEntry> entries() throws IOException {
        return catalogue().stream();
    }

    static Stream<Arguments> questions() throws IOException {
        return catalogue().stream().flatMap(e -> Stream.of(
                Arguments.of(e, e.name() + " cần giấy tờ gì", ProcedureSection.DOCUMENTS),
                Arguments.of(e, "lệ phí " + e.name(), ProcedureSection.FEES),
                Arguments.of(e, e.name() + " mất bao lâu", ProcedureSection.TIME),
                Arguments.of(e, e.name() + " nộp hồ sơ ở đâu", ProcedureSection.PLACE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void the_seeds_hold_the_catalogue_procedure(CatalogueEntry entry) {
        Procedure p = ConversationHarness.knowledge().find(entry.id()).orElse(null);
        assertThat(p).as("seed for %s", entry.id()).isNotNull();
        if (!entry.nationalCode().isEmpty()) {
            assertThat(p.nationalCode()).isEqualTo(entry.nationalCode());
        }
        assertThat(p.examples()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(p.source()).isNotNull();
        assertThat(p.lastReviewed()).isNotNull();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("questions")
    void a_plain_question_finds_the_procedure_and_section(CatalogueEntry entry, String question,
                                                          ProcedureSection section) {
        Answer answer = ConversationHarness.web().assistant().ask(question);
        assertThat(answer.procedures()).as("ranked procedures").isNotEmpty();
        assertThat(answer.procedures().get(0).procedure().publicId()).isEqualTo(entry.id());
        assertThat(answer.section()).isEqualTo(section);
        assertThat(answer.text()).isNotBlank();
    }
}
