package vn.motcua.knowledge.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * Each procedure's analysed names, made once per procedure record and kept by id. An entry is used only for
 * the very record it was made from: a search that read a procedure just before an edit replaced it may
 * store names made from the old record after the edit dropped the entry, and keyed by id alone those stale
 * names would then serve every later search of the new record.
 */
final class NamesOfProcedures {
    private record Entry(Procedure source, ProcedureNames names) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Function<Procedure, ProcedureNames> make;

    NamesOfProcedures(Function<Procedure, ProcedureNames> make) {
        this.make = make;
    }

    ProcedureNames of(Procedure p) {
        Entry known = byId.get(p.publicId());
        if (known != null && known.source() == p) {
            return known.names();
        }
        ProcedureNames made = make.apply(p);
        byId.put(p.publicId(), new Entry(p, made)); // a racing writer of another record is corrected on read
        return made;
    }

    void forget(String id) {
        byId.remove(id);
    }

    void clear() {
        byId.clear();
    }
}
