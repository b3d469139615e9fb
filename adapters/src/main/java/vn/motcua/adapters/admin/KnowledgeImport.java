package vn.motcua.adapters.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.importer.ImportReport;
import vn.motcua.knowledge.importer.ImportingProcedures;
import vn.motcua.knowledge.importer.Rejection;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;

/**
 * The importer of the {@code import} sub-command, run inside the server: it writes through the
 * knowledge base, so every imported procedure is searchable at once, and each write is a revision
 * (author: the staff member who uploaded) that can be compared and undone.
 */
class KnowledgeImport implements RecordImport {
    private final KnowledgeBase kb;
    private final EditingProcedures editing;
    private final SeedState seedState;

    KnowledgeImport(KnowledgeBase kb, EditingProcedures editing, SeedState seedState) {
        this.kb = kb;
        this.editing = editing;
        this.seedState = seedState;
    }

    @Override
    public Summary run(List<Path> files, String author) {
        ImportReport report = new ImportingProcedures(new ThroughKnowledgeBase(author), seedState).run(files, false);
        List<Rejected> rejected = new ArrayList<>();
        report.unreadable().forEach(r -> rejected.add(rejected(r)));
        report.rejected().forEach(r -> rejected.add(rejected(r)));
        return new Summary(report.read(), report.added(), report.changed(), report.unchanged(), report.keptCurated(), rejected,
                report.failed());
    }

    /** Names the file as uploaded: the stored copy carries a numeric prefix to keep names apart. */
    private static Rejected rejected(Rejection r) {
        String where = "";
        if (r.location() != null && r.location().file() != null) {
            where = r.location().file().getFileName().toString().replaceFirst("^\\d+-", "");
            if (!r.location().position().isEmpty()) {
                where += " (" + r.location().position() + ")";
            }
        }
        return new Rejected(where, r.field(), r.message());
    }

    /** The store as the importer sees it, with every write going through the knowledge base. */
    private final class ThroughKnowledgeBase implements ProcedureStore {
        private final String author;

        ThroughKnowledgeBase(String author) {
            this.author = author;
        }

        @Override
        public List<Procedure> all() {
            return kb.all();
        }

        @Override
        public Optional<Procedure> find(String id) {
            return kb.find(id);
        }

        @Override
        public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
            Optional<Procedure> before = kb.find(procedure.publicId());
            Procedure saved = kb.save(procedure, expectedVersion);
            editing.recordImported(before, saved, author);
            return saved;
        }

        @Override
        public boolean delete(String id, long expectedVersion) throws StaleVersionException {
            // uploads never replace the whole knowledge base, so the importer deletes nothing here
            return kb.delete(id, expectedVersion);
        }
    }
}
