package vn.motcua.knowledge.editing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureProblem;
import vn.motcua.knowledge.procedure.ProcedureValidator;
import vn.motcua.knowledge.store.StaleVersionException;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Use case: staff change the knowledge base. Every save is validated, guarded by the version the
 * editor read (optimistic locking), searchable as soon as it returns, and recorded as a revision with
 * its author so that it can be compared and restored.
 */
public class EditingProcedures {
    /** Author of the baseline revision: the state before anyone edited (seeds, imports). */
    public static final String BASELINE_AUTHOR = "system";
    private static final int RETRIES = 3;

    private final KnowledgeBase knowledgeBase;
    private final RevisionStore revisions;
    private final Clock clock;

    public EditingProcedures(KnowledgeBase knowledgeBase, RevisionStore revisions, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Creates ({@code expectedVersion} 0) or updates a procedure. */
    public synchronized EditResult save(Procedure draft, long expectedVersion, String author) {
        List<ProcedureProblem> problems = problemsOf(draft);
        if (!problems.isEmpty()) {
            return new EditResult.Invalid(problems);
        }
        return store(draft, expectedVersion, author, expectedVersion == 0 ? Change.CREATED : Change.EDITED);
    }

    /** Puts back the document of an earlier revision, as a new revision. */
    public synchronized EditResult restore(String id, int number, long expectedVersion, String author) {
        Optional<Procedure> document = revisions.history(id).stream()
                .filter(r -> r.number() == number && r.document() != null)
                .map(Revision::document)
                .findFirst();
        if (document.isEmpty()) {
            return new EditResult.NotFound(id);
        }
        List<ProcedureProblem> problems = problemsOf(document.get());
        if (!problems.isEmpty()) {
            return new EditResult.Invalid(problems);
        }
        return store(document.get(), expectedVersion, author, Change.RESTORED);
    }

    public synchronized EditResult delete(String id, long expectedVersion, String author) {
        Optional<Procedure> before = knowledgeBase.find(id);
        if (before.isEmpty()) {
            return new EditResult.NotFound(id);
        }
        try {
            if (!knowledgeBase.delete(id, expectedVersion)) {
                return new EditResult.NotFound(id);
            }
        } catch (StaleVersionException e) {
            return new EditResult.Stale(e.currentVersion());
        }
        recordBaseline(id, before);
        Revision revision = revisions.append(id, author, clock.instant(), Change.DELETED, null);
        return new EditResult.Saved(before.get(), revision);
    }

    /**
     * Adds a citizen's phrasing to a procedure's examples, so that the same question finds it next
     * time. Retries when another edit lands in between: adding a phrase never conflicts in substance.
     */
    public synchronized EditResult addExample(String id, String phrase, String author) {
        String text = VietnameseText.nfc(phrase).strip();
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            Optional<Procedure> current = knowledgeBase.find(id);
            if (current.isEmpty()) {
                return new EditResult.NotFound(id);
            }
            Procedure p = current.get();
            String folded = VietnameseText.fold(text);
            if (p.examples().stream().anyMatch(e -> VietnameseText.fold(e).equals(folded))) {
                List<Revision> history = revisions.history(id);
                return new EditResult.Saved(p, history.isEmpty() ? null : history.get(0));
            }
            List<String> examples = new ArrayList<>(p.examples());
            examples.add(text);
            EditResult result = store(p.withExamples(examples), p.versionOrZero(), author, Change.EDITED);
            if (!(result instanceof EditResult.Stale)) {
                return result;
            }
        }
        return new EditResult.Stale(knowledgeBase.find(id).map(Procedure::versionOrZero).orElse(0L));
    }

    /**
     * Records a write that did not go through this use case (an import): the prior state as baseline
     * if it had none, then the new document, so that imports show in the history and can be undone.
     */
    public synchronized Revision recordImported(Optional<Procedure> before, Procedure saved, String author) {
        recordBaseline(saved.publicId(), before);
        return revisions.append(saved.publicId(), author, clock.instant(), Change.IMPORTED, saved);
    }

    /** Revisions newest first, each with what it changed against the one before. */
    public List<RevisionEntry> history(String id) {
        List<Revision> newestFirst = revisions.history(id);
        List<RevisionEntry> entries = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Revision r = newestFirst.get(i);
            Procedure previous = i + 1 < newestFirst.size() ? newestFirst.get(i + 1).document() : null;
            entries.add(new RevisionEntry(r, r.change() == Change.BASELINE
                    ? List.of() : ProcedureDiff.between(previous, r.document())));
        }
        return entries;
    }

    /** Problems the validator finds, references to other procedures included. */
    public List<ProcedureProblem> problemsOf(Procedure draft) {
        List<ProcedureProblem> problems = new ArrayList<>(ProcedureValidator.check(draft));
        Set<String> known = new HashSet<>();
        knowledgeBase.all().forEach(p -> known.add(p.publicId()));
        if (draft.publicId() != null) {
            known.add(draft.publicId());
        }
        problems.addAll(ProcedureValidator.checkReferences(draft, known));
        return problems;
    }

    private EditResult store(Procedure draft, long expectedVersion, String author, Change change) {
        String id = draft.publicId();
        Optional<Procedure> before = knowledgeBase.find(id);
        Procedure saved;
        try {
            saved = knowledgeBase.save(draft, expectedVersion);
        } catch (StaleVersionException e) {
            return new EditResult.Stale(e.currentVersion());
        }
        recordBaseline(id, before);
        Change recorded = change == Change.CREATED && before.isPresent() ? Change.EDITED : change;
        Revision revision = revisions.append(id, author, clock.instant(), recorded, saved);
        return new EditResult.Saved(saved, revision);
    }

    /** The first edit of a seeded or imported procedure keeps its prior state, to diff and restore. */
    private void recordBaseline(String id, Optional<Procedure> before) {
        if (before.isPresent() && revisions.history(id).isEmpty()) {
            revisions.append(id, BASELINE_AUTHOR, clock.instant(), Change.BASELINE, before.get());
        }
    }
}
