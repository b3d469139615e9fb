package vn.motcua.knowledge.text;

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

    public VietnameseAnalyzer() {
        // per field: bigram, accent and unigram fields must not share token stream components
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream;
        if (fieldName.endsWith(ACCENT_SUFFIX)) {
            stream = bigrams(new ToneMarkFilter(tokenizer));
        } else {
            stream = new SpellingVariantFilter(new ICUFoldingFilter(tokenizer));
            if (fieldName.endsWith(BIGRAM_SUFFIX)) {
                stream = bigrams(stream);
            }
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream bigrams(TokenStream stream) {
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator(" ");
        return shingles;
    }
}
