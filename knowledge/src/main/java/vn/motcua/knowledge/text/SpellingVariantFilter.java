package vn.motcua.knowledge.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Gives folded syllables one spelling where Vietnamese accepts two ("ki"/"ky"): see {@link VietnameseSpelling}. */
final class SpellingVariantFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() <= 4) {
            String token = term.toString();
            String variant = variant(token);
            if (variant != token) {
                term.setEmpty().append(variant);
            }
        }
        return true;
    }

    /** The one spelling of a folded token: the token itself (same instance) when it has no other. */
    static String variant(String token) {
        if (token.length() <= 4) {
            String canonical = VietnameseSpelling.canonical(token);
            if (canonical.length() == token.length() && !canonical.equals(token)) {
                return canonical;
            }
        }
        return token;
    }
}
