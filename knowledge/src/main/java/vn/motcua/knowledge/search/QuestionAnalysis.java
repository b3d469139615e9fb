package vn.motcua.knowledge.search;

/**
 * A question as the index read it, made once and passed along: the assistant matches cue phrases on
 * its {@link #normalized} text and then searches with it, and the question is analysed once for
 * both. It remembers the vocabulary and synonyms it was read with: a search after either changed
 * reads the question again, as a search of the text would.
 */
public final class QuestionAnalysis {
    private final String question;
    private final AnalysedQuestion analysed;
    private final Vocabulary vocabulary;
    private final SynonymDictionary synonyms;

    QuestionAnalysis(String question, AnalysedQuestion analysed, Vocabulary vocabulary, SynonymDictionary synonyms) {
        this.question = question;
        this.analysed = analysed;
        this.vocabulary = vocabulary;
        this.synonyms = synonyms;
    }

    /** The question as it was sent. */
    public String question() {
        return question;
    }

    /**
     * The question folded, with keyboard residue and typos repaired and synonyms applied ("dk tam
     * tru j" becomes "dang ki tam tru gi"): what cue phrases for intents and sections read.
     */
    public String normalized() {
        return analysed.normalized();
    }

    AnalysedQuestion analysed() {
        return analysed;
    }

    /** Whether this reading is what the question would be read as now. */
    boolean readWith(Vocabulary current, SynonymDictionary currentSynonyms) {
        return vocabulary == current && synonyms == currentSynonyms;
    }
}
