package vn.motcua.knowledge.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.store.InMemoryProcedureStore;

class EditingProceduresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private KnowledgeBase kb;
    private EditingProcedures editing;

    private static Procedure withFee(Procedure p, String fee) throws Exception {
        return ProcedureFixture.withFee(p, fee);
    }

    @BeforeEach
    void setUp() throws Exception {
        kb = new KnowledgeBase(new InMemoryProcedureStore(
                List.of(ProcedureFixture.birthRegistration(), ProcedureFixture.deathRegistration())),
                new ProcedureIndex());
        editing = new EditingProcedures(kb, new FileRevisionStore(dataDir.resolve("revisions")), CLOCK);
    }

    @AfterEach
    void tearDown() {
        kb.close();
    }

    @Test
    void a_save_is_versioned_searchable_and_recorded_with_a_baseline() throws Exception {
        Procedure current = kb.find("ho-tich.khai-sinh").orElseThrow();

        EditResult result = editing.save(withFee(current, "Miễn lệ phí (đã sửa)"), current.versionOrZero(), "lan");

        assertThat(result).isInstanceOf(EditResult.Saved.class);
        assertThat(kb.find("ho-tich.khai-sinh").orElseThrow().fee()).isEqualTo("Miễn lệ phí (đã sửa)");
        assertThat(kb.find("ho-tich.khai-sinh").orElseThrow().versionOrZero()).isEqualTo(current.versionOrZero() + 1);
        List<RevisionEntry> history = editing.history("ho-tich.khai-sinh");
        assertThat(history).extracting(e -> e.revision().change()).containsExactly(Change.EDITED, Change.BASELINE);
        assertThat(history.get(0).revision().author()).isEqualTo("lan");
        assertThat(history.get(0).changes()).containsExactly(
                new FieldChange("fee", current.fee(), "Miễn lệ phí (đã sửa)"));
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() throws Exception {
        Procedure current = kb.find("ho-tich.khai-sinh").orElseThrow();
        editing.save(withFee(current, "bản của người thứ nhất"), current.versionOrZero(), "a");

        EditResult second = editing.save(withFee(current, "bản của người thứ hai"), current.versionOrZero(), "b");

        assertThat(second).isEqualTo(new EditResult.Stale(current.versionOrZero() + 1));
        assertThat(kb.find("ho-tich.khai-sinh").orElseThrow().fee()).isEqualTo("bản của người thứ nhất");
    }

    @Test
    void an_invalid_document_names_its_fields() throws Exception {
        Procedure current = kb.find("ho-tich.khai-sinh").orElseThrow();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ProcedureJson.mapper().valueToTree(current);
        tree.put("fee", "");
        tree.putArray("related").add("khong-co-thu-tuc-nay");

        EditResult result = editing.save(ProcedureJson.mapper().treeToValue(tree, Procedure.class),
                current.versionOrZero(), "a");

        assertThat(result).isInstanceOfSatisfying(EditResult.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(p -> p.field()).containsExactly("fee", "related[0]"));
    }

    @Test
    void restore_puts_an_earlier_document_back_as_a_new_revision() throws Exception {
        Procedure original = kb.find("ho-tich.khai-sinh").orElseThrow();
        editing.save(withFee(original, "50.000 đồng"), original.versionOrZero(), "a");
        long version = kb.find("ho-tich.khai-sinh").orElseThrow().versionOrZero();

        EditResult restored = editing.restore("ho-tich.khai-sinh", 1, version, "b");

        assertThat(restored).isInstanceOf(EditResult.Saved.class);
        assertThat(kb.find("ho-tich.khai-sinh").orElseThrow().fee()).isEqualTo(original.fee());
        assertThat(editing.history("ho-tich.khai-sinh")).extracting(e -> e.revision().change())
                .containsExactly(Change.RESTORED, Change.EDITED, Change.BASELINE);
    }

    @Test
    void a_channel_fee_change_is_named_like_the_editor_field() throws Exception {
        Procedure p = kb.find("ho-tich.khai-sinh").orElseThrow();
        List<SubmissionChannel> channels = new ArrayList<>(p.channels());
        SubmissionChannel first = channels.get(0);
        channels.set(0, new SubmissionChannel(first.mode(), first.timeLimit(), "99.000 đồng", first.note()));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ProcedureJson.mapper().valueToTree(p);
        tree.set("channels", ProcedureJson.mapper().valueToTree(channels));

        List<FieldChange> diff = ProcedureDiff.between(p, ProcedureJson.mapper().treeToValue(tree, Procedure.class));

        assertThat(diff).extracting(FieldChange::field, FieldChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("channels[0].fee", "99.000 đồng"));
    }

    @Test
    void an_example_phrase_makes_the_question_find_the_procedure() {
        String question = "xin giấy cho em bé mới chào đời ở đâu";
        editing.addExample("ho-tich.khai-tu", question, "a");

        assertThat(kb.search(question, 1).get(0).procedure().publicId()).isEqualTo("ho-tich.khai-tu");
        assertThat(kb.find("ho-tich.khai-tu").orElseThrow().examples()).contains(question);
    }

    @Test
    void revisions_survive_a_new_store_on_the_same_folder() throws Exception {
        Procedure current = kb.find("ho-tich.khai-sinh").orElseThrow();
        editing.save(withFee(current, "10.000 đồng"), current.versionOrZero(), "lan");

        List<Revision> reread = new FileRevisionStore(dataDir.resolve("revisions")).history("ho-tich.khai-sinh");

        assertThat(reread).hasSize(2);
        assertThat(reread.get(0).document().fee()).isEqualTo("10.000 đồng");
        assertThat(reread.get(0).at()).isEqualTo(CLOCK.instant());
        assertThat(reread.get(1).change()).isEqualTo(Change.BASELINE);
        try (var files = Files.list(dataDir.resolve("revisions"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ho-tich.khai-sinh.json");
        }
    }

    @Test
    void delete_is_recorded_and_restorable() throws Exception {
        Procedure current = kb.find("ho-tich.khai-tu").orElseThrow();

        assertThat(editing.delete("ho-tich.khai-tu", current.versionOrZero(), "a")).isInstanceOf(EditResult.Saved.class);
        assertThat(kb.find("ho-tich.khai-tu")).isEmpty();
        assertThat(editing.restore("ho-tich.khai-tu", 1, 0, "a")).isInstanceOf(EditResult.Saved.class);
        assertThat(kb.find("ho-tich.khai-tu")).isPresent();
    }
}
