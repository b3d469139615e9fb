package vn.motcua.knowledge.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.knowledge.procedure.Procedure;

/** Revisions held in memory (tests, and installations that keep nothing across restarts). */
public class InMemoryRevisionStore implements RevisionStore {
    private final Map<String, List<Revision>> byProcedure = new HashMap<>();

    @Override
    public synchronized Revision append(String procedureId, String author, Instant at, Change change,
                                        Procedure document) {
        List<Revision> revisions = byProcedure.computeIfAbsent(procedureId, id -> new ArrayList<>());
        Revision revision = new Revision(procedureId, revisions.size() + 1, author, at, change, document);
        revisions.add(revision);
        return revision;
    }

    @Override
    public synchronized List<Revision> history(String procedureId) {
        List<Revision> newestFirst = new ArrayList<>(byProcedure.getOrDefault(procedureId, List.of()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }
}
