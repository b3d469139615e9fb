package vn.motcua.knowledge.synonym;

import java.util.List;

/** Where synonyms added by admins are kept, so that they survive a restart. */
public interface SynonymStore {

    List<Synonym> all();

    void add(Synonym synonym);
}
