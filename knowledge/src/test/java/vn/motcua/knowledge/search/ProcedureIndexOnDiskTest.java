package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.procedure.Procedure;

class ProcedureIndexOnDiskTest {
    @TempDir
    Path dir;

    @Test
    void an_index_matching_the_store_is_reused_and_a_stale_one_rebuilt() {
        List<Procedure> procedures = ProcedureFixtures.sample();
        try (ProcedureIndex first = ProcedureIndex.open(dir)) {
            assertThat(first.sync(procedures)).as("built the first time").isTrue();
        }
        try (ProcedureIndex again = ProcedureIndex.open(dir)) {
            assertThat(again.sync(procedures)).as("reused").isFalse();
            assertThat(again.search("làm căn cước", 1).get(0).procedure().publicId()).isEqualTo("can-cuoc.cap-moi");
        }
        List<Procedure> changed = new ArrayList<>(procedures);
        changed.set(0, ProcedureFixtures.procedure("ho-tich.khai-sinh", "Đăng ký khai sinh",
                List.of("làm giấy khai sinh", "làm giấy khai sanh"), List.of("khai sinh ở đâu")));
        try (ProcedureIndex stale = ProcedureIndex.open(dir)) {
            assertThat(stale.sync(changed)).as("content changed: rebuilt").isTrue();
        }
    }

    @Test
    void changes_made_while_running_are_kept_for_the_next_start() {
        List<Procedure> procedures = new ArrayList<>(ProcedureFixtures.sample());
        Procedure added = ProcedureFixtures.procedure("ho-tich.khai-tu", "Đăng ký khai tử", List.of("giấy chứng tử"),
                List.of("làm giấy chứng tử"));
        try (ProcedureIndex index = ProcedureIndex.open(dir)) {
            index.sync(procedures);
            index.put(added);
        }
        procedures.add(added);
        try (ProcedureIndex index = ProcedureIndex.open(dir)) {
            assertThat(index.sync(procedures)).as("the committed index already holds the change").isFalse();
            assertThat(index.search("giấy chứng tử", 1).get(0).procedure().publicId()).isEqualTo("ho-tich.khai-tu");
        }
    }

    @Test
    void a_sync_finding_the_index_up_to_date_answers_with_the_records_it_was_given() {
        List<Procedure> procedures = ProcedureFixtures.sample();
        try (ProcedureIndex first = ProcedureIndex.open(dir)) {
            first.sync(procedures);
        }
        try (ProcedureIndex index = ProcedureIndex.open(dir)) {
            assertThat(index.sync(procedures)).isFalse();
            // searched once: the searcher now remembers the hit's procedure
            assertThat(index.search("làm căn cước", 1).get(0).procedure().versionOrZero()).isEqualTo(1L);
            // a new version of each record with the same indexed text: still up to date, nothing re-indexed
            List<Procedure> newer = procedures.stream().map(p -> p.withVersion(2)).toList();
            assertThat(index.sync(newer)).isFalse();
            assertThat(index.search("làm căn cước", 1).get(0).procedure()).isSameAs(newer.stream()
                    .filter(p -> p.publicId().equals("can-cuoc.cap-moi")).findFirst().orElseThrow());
        }
    }

    @Test
    void an_unreadable_index_is_thrown_away_and_rebuilt() throws Exception {
        Files.writeString(dir.resolve("segments_1"), "not an index");
        try (ProcedureIndex index = ProcedureIndex.open(dir)) {
            assertThat(index.sync(ProcedureFixtures.sample())).isTrue();
            assertThat(index.size()).isEqualTo(ProcedureFixtures.sample().size());
        }
    }
}
