package vn.motcua.knowledge.synonym;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Admin synonyms for this process only (tests, and installations that keep nothing on disk). */
public class InMemorySynonymStore implements SynonymStore {
    private final List<Synonym> synonyms = new CopyOnWriteArrayList<>();

    @Override
    public List<Synonym> all() {
        return List.copyOf(synonyms);
    }

    @Override
    public void add(Synonym synonym) {
        synonyms.add(synonym);
    }
}
