package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;

class NamesOfProceduresTest {
    private final Map<Procedure, ProcedureNames> made = new IdentityHashMap<>();
    private final NamesOfProcedures names = new NamesOfProcedures(p -> {
        ProcedureNames n = ProcedureNames.of(p, text -> List.of(text.toLowerCase().split(" ")));
        made.put(p, n);
        return n;
    });
    private final Procedure before = ProcedureFixtures.procedure("p1", "Đăng ký khai sinh", List.of(), List.of());
    private final Procedure after = ProcedureFixtures.procedure("p1", "Đăng ký kết hôn", List.of(), List.of());

    @Test
    void makes_the_names_once_per_record() {
        ProcedureNames first = names.of(before);

        assertThat(names.of(before)).isSameAs(first);
        assertThat(made).hasSize(1);
    }

    @Test
    void names_stored_late_from_the_record_an_edit_replaced_do_not_serve_the_new_record() {
        // a search read the old record, the edit replaced it and dropped the entry, then the search stored
        // the old record's names: the new record must still get its own
        names.of(after);
        names.forget("p1");
        names.of(before);

        assertThat(names.of(after)).isSameAs(made.get(after));
        assertThat(names.of(before)).isSameAs(made.get(before));
    }
}
