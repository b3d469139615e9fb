package vn.motcua.knowledge.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Folds diacritics (ICU folding handles đ and decomposed input) so that "đăng ký" and "dang ky" index
 * alike. Fields whose name ends in {@value #BIGRAM_SUFFIX} hold syllable bigrams: Vietnamese words are
 * mostly two syllables, so bigrams stand in for the word segmenter that Maven Central lacks.
 */
public final class VietnameseAnalyzer extends Analyzer {
    public static final String BIGRAM_SUFFIX = "_bi";

    public VietnameseAnalyzer() {
        // per field: bigram and unigram fields must not share token stream components
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new ICUFoldingFilter(tokenizer);
        if (fieldName.endsWith(BIGRAM_SUFFIX)) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(" ");
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
