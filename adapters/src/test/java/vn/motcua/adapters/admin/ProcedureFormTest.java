package vn.motcua.adapters.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;
import vn.motcua.knowledge.seed.SeedLoader;

/** Opening a procedure in the editor and saving it untouched must not change a single field. */
class ProcedureFormTest {

    @Test
    void every_seed_survives_a_round_trip_through_the_editor_form() {
        List<Procedure> seeds = new SeedLoader().loadDirectory(Path.of("..", "seeds", "procedures"));
        assertThat(seeds).isNotEmpty();
        for (Procedure p : seeds) {
            Procedure back = ProcedureForm.of(p).toProcedure();
            assertThat(ProcedureJson.write(back)).as(p.publicId()).isEqualTo(ProcedureJson.write(p.withVersion(p.versionOrZero())));
        }
    }

    @Test
    void blank_rows_left_by_the_editor_are_dropped() {
        ProcedureForm form = new ProcedureForm();
        form.documents.add(new ProcedureForm.DocumentRow());
        form.channels.add(new ProcedureForm.ChannelRow());
        form.steps.add("  ");
        form.aliases = "khai sinh\n\n  giấy khai sinh  \n";

        Procedure p = form.toProcedure();

        assertThat(p.documents()).isEmpty();
        assertThat(p.channels()).isEmpty();
        assertThat(p.steps()).isEmpty();
        assertThat(p.aliases()).containsExactly("khai sinh", "giấy khai sinh");
    }
}
