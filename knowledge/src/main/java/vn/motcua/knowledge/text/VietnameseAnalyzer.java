package vn.motcua.knowledge.text;

import com.ibm.icu.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Vietnamese as citizens type it, for indexing and querying alike.
 * <ul>
 *   <li>Plain fields: ICU folding (handles đ and decomposed input) so that "đăng ký" and "dang ky"
 *   index alike, and one spelling for kí/ký.</li>
 *   <li>Fields ending in {@value #BIGRAM_SUFFIX}: folded syllable bigrams. Vietnamese words are
 *   mostly two syllables, so bigrams stand in for the word segmenter Maven Central lacks.</li>
 *   <li>Fields ending in {@value #ACCENT_SUFFIX}: accent-aware bigrams (tone written apart, so
 *   hoà/hòa agree); queried only when the question carries diacritics.</li>
 * </ul>
 */
public final class VietnameseAnalyzer extends Analyzer {
    public static final String BIGRAM_SUFFIX = "_bi";
    public static final String ACCENT_SUFFIX = "_acc";
    /**
     * Fields ending in {@value #RAW_SUFFIX} (never indexed): the tokenizer's words untouched, so that a
     * question is tokenized once and each word then folded ({@link #folded}) and tone-marked
     * ({@link #toneMarked}) by the same per-word steps the other fields' filters apply.
     */
    public static final String RAW_SUFFIX = "_raw";

    public VietnameseAnalyzer() {
        // per field: bigram, accent and unigram fields must not share token stream components
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream;
        if (fieldName.endsWith(RAW_SUFFIX)) {
            stream = tokenizer;
        } else if (fieldName.endsWith(ACCENT_SUFFIX)) {
            stream = bigrams(new ToneMarkFilter(tokenizer));
        } else {
            stream = new SpellingVariantFilter(new ICUFoldingFilter(tokenizer));
            if (fieldName.endsWith(BIGRAM_SUFFIX)) {
                stream = bigrams(stream);
            }
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** What the plain fields make of one tokenizer word: ICU folding, then one spelling of kí/ký. */
    public static String folded(String raw) {
        // as ICUNormalizer2Filter does: normalised only when the quick check is not sure
        String folded = ICUFoldingFilter.NORMALIZER.quickCheck(raw) == Normalizer.YES
                ? raw : ICUFoldingFilter.NORMALIZER.normalize(raw);
        return SpellingVariantFilter.variant(folded);
    }

    /** What the accent fields make of one tokenizer word before pairing: see {@link ToneMarkFilter}. */
    public static String toneMarked(String raw) {
        return ToneMarkFilter.canonical(raw);
    }

    private static TokenStream bigrams(TokenStream stream) {
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator(" ");
        return shingles;
    }
}
