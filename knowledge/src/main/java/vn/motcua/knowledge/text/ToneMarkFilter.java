package vn.motcua.knowledge.text;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps diacritics but writes the tone apart from the letters: "hòa" and "hoà" (new and old tone
 * placement) both become "hoa2", "thủy" and "thuỷ" both "thuy4". Vowel marks (â ă ê ô ơ ư) and đ stay,
 * so "bán" and "bản" remain different words.
 */
final class ToneMarkFilter extends TokenFilter {
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ToneMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String canonical = canonical(term.toString());
        term.setEmpty().append(canonical);
        return true;
    }

    static String canonical(String token) {
        String decomposed = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        int tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int t = TONES.indexOf(c);
            if (t >= 0) {
                tone = t + 1;
            } else {
                letters.append(c);
            }
        }
        String base = Normalizer.normalize(letters, Normalizer.Form.NFC);
        return tone == 0 ? base : base + tone;
    }
}
