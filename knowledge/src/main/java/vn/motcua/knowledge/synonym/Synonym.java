package vn.motcua.knowledge.synonym;

import vn.motcua.knowledge.text.VietnameseText;

/**
 * "When a citizen writes {@code phrase}, they mean {@code meaning}": an abbreviation (CCCD), teencode
 * (ko, bn) or an everyday name (sổ đỏ). Both sides are kept in NFC as written.
 */
public record Synonym(String phrase, String meaning) {
    public Synonym {
        phrase = VietnameseText.nfc(phrase).strip();
        meaning = VietnameseText.nfc(meaning).strip();
        if (phrase.isEmpty() || meaning.isEmpty()) {
            throw new IllegalArgumentException("a synonym needs a phrase and a meaning");
        }
        if (phrase.length() > 100 || meaning.length() > 200 || (phrase + meaning).matches("(?s).*[\\t\\n\\r].*")) {
            throw new IllegalArgumentException("a synonym is one short line: phrase up to 100, meaning up to 200 characters");
        }
    }
}
