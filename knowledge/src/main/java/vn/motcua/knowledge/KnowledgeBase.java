package vn.motcua.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.QuestionAnalysis;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.store.ProcedureStore;
import vn.motcua.knowledge.store.StaleVersionException;
import vn.motcua.knowledge.synonym.InMemorySynonymStore;
import vn.motcua.knowledge.synonym.Synonym;
import vn.motcua.knowledge.synonym.SynonymStore;

/**
 * The knowledge base as the rest of the assistant sees it: procedures in a store, searchable through
 * an index that follows every change at once (no restart), read through a synonym dictionary (seed
 * entries plus what admins add) that also applies from the next question on.
 */
public class KnowledgeBase implements AutoCloseable {
    private final ProcedureStore store;
    private final ProcedureIndex index;
    private final List<Synonym> seedSynonyms;
    private final SynonymStore addedSynonyms;

    public KnowledgeBase(ProcedureStore store, ProcedureIndex index) {
        this(store, index, List.of(), new InMemorySynonymStore());
    }

    /**
     * @param seedSynonyms  the shipped dictionary ({@code seeds/synonyms.tsv})
     * @param addedSynonyms where entries added by admins are kept
     */
    public KnowledgeBase(ProcedureStore store, ProcedureIndex index, List<Synonym> seedSynonyms,
                         SynonymStore addedSynonyms) {
        this.store = store;
        this.index = index;
        this.seedSynonyms = List.copyOf(seedSynonyms);
        this.addedSynonyms = addedSynonyms;
        index.sync(store.all());
        index.useSynonyms(synonyms());
    }

    public List<SearchHit> search(String question, int limit) {
        return index.search(question, limit);
    }

    /** Searches with a question analysed before ({@link #analyse}), without analysing it again. */
    public List<SearchHit> search(QuestionAnalysis question, int limit) {
        return index.search(question, limit);
    }

    /**
     * The question read once, for both its normalised text ({@link QuestionAnalysis#normalized()}) and
     * a search ({@link #search(QuestionAnalysis, int)}).
     */
    public QuestionAnalysis analyse(String question) {
        return index.analyse(question);
    }

    /**
     * The question as the search reads it: folded, typos and keyboard residue repaired, abbreviations
     * and teencode spelled out ("dk tam tru j" → "dang ki tam tru gi").
     */
    public String normalize(String question) {
        return index.normalize(question);
    }

    public Optional<Procedure> find(String id) {
        return store.find(id);
    }

    public List<Procedure> all() {
        return store.all();
    }

    public int size() {
        return index.size();
    }

    public Procedure save(Procedure procedure, long expectedVersion) throws StaleVersionException {
        Procedure saved = store.save(procedure, expectedVersion);
        index.put(saved);
        return saved;
    }

    public boolean delete(String id, long expectedVersion) throws StaleVersionException {
        boolean removed = store.delete(id, expectedVersion);
        if (removed) {
            index.remove(id);
        }
        return removed;
    }

    /** Every synonym in force: the shipped ones first, then those added by admins, oldest first. */
    public List<Synonym> synonyms() {
        List<Synonym> all = new ArrayList<>(seedSynonyms);
        all.addAll(addedSynonyms.all());
        return all;
    }

    /**
     * Teaches the assistant that {@code phrase} means {@code meaning} (e.g. "giấy đỏ" → "sổ đỏ").
     * Kept by the synonym store and used from the next question on, without a restart.
     *
     * @throws IllegalArgumentException when either side is blank or too long
     */
    public synchronized Synonym addSynonym(String phrase, String meaning) {
        Synonym synonym = new Synonym(phrase, meaning);
        addedSynonyms.add(synonym);
        index.useSynonyms(synonyms());
        return synonym;
    }

    /**
     * Applies the synonym store's entries again, for entries that reached the store without passing
     * through this knowledge base (added on another instance sharing the store).
     */
    public synchronized void reloadSynonyms() {
        index.useSynonyms(synonyms());
    }

    /**
     * Brings the index in line with the store for one procedure that changed without passing through
     * this knowledge base (an edit made on another instance sharing the store).
     */
    public void reindex(String id) {
        store.find(id).ifPresentOrElse(index::put, () -> index.remove(id));
    }

    @Override
    public void close() {
        index.close();
    }
}
