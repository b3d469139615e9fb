package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

/**
 * Which text of a procedure goes into which index field, and how much a match there counts. The
 * name and the everyday names (aliases) say what a procedure is; example questions say how citizens
 * ask; the body (field, documents, conditions, result) only helps when nothing else decides.
 */
final class ProcedureFields {
    static final String ID = "id";
    static final String NAME = "name";
    static final String ALIASES = "aliases";
    static final String EXAMPLES = "examples";
    static final String BODY = "body";
    /** Name and aliases with diacritics kept, queried only when the question has diacritics. */
    static final String NAMES_ACCENT = "names" + VietnameseAnalyzer.ACCENT_SUFFIX;

    static final Map<String, Float> BOOSTS = Map.of(NAME, 3.0f, ALIASES, 3.0f, EXAMPLES, 1.2f, BODY, 0.3f);
    /**
     * Bigram fields and their boosts. The body has none: its long texts made a third of the index
     * and of the build time for little ranking value.
     */
    static final Map<String, Float> BIGRAM_BOOSTS = Map.of(NAME + VietnameseAnalyzer.BIGRAM_SUFFIX, 3.0f,
            ALIASES + VietnameseAnalyzer.BIGRAM_SUFFIX, 3.0f, EXAMPLES + VietnameseAnalyzer.BIGRAM_SUFFIX, 1.2f);
    static final float ACCENT_BOOST = 0.6f;
    /**
     * Every field a question's terms are looked up in, in a fixed order: bit {@code i} of a term's
     * field set (see {@link Vocabulary#fieldsOf}) stands for the {@code i}-th.
     */
    static final List<String> QUERIED = List.of(NAME, ALIASES, EXAMPLES, BODY, NAME + VietnameseAnalyzer.BIGRAM_SUFFIX,
            ALIASES + VietnameseAnalyzer.BIGRAM_SUFFIX, EXAMPLES + VietnameseAnalyzer.BIGRAM_SUFFIX, NAMES_ACCENT);

    private ProcedureFields() {
    }

    /** Terms with frequencies but no positions: queries are bags of terms, never phrases. */
    private static final FieldType TERMS = termsOnly();

    static Document toDocument(Procedure p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.publicId(), Field.Store.YES));
        for (var entry : texts(p).entrySet()) {
            for (String value : entry.getValue()) {
                doc.add(new Field(entry.getKey(), value, TERMS));
                if (!entry.getKey().equals(BODY)) {
                    doc.add(new Field(entry.getKey() + VietnameseAnalyzer.BIGRAM_SUFFIX, value, TERMS));
                }
            }
        }
        doc.add(new Field(NAMES_ACCENT, nullToEmpty(p.name()), TERMS));
        for (String alias : p.aliases()) {
            doc.add(new Field(NAMES_ACCENT, alias, TERMS));
        }
        return doc;
    }

    private static FieldType termsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** Field name to its values; each value is analysed apart, so no bigram spans two aliases. */
    static Map<String, List<String>> texts(Procedure p) {
        List<String> body = new ArrayList<>();
        body.add(nullToEmpty(p.field()));
        body.add(nullToEmpty(p.result()));
        for (RequiredDocument d : p.documents()) {
            body.add(nullToEmpty(d.name()));
        }
        body.addAll(p.requirements());
        return Map.of(
                NAME, List.of(nullToEmpty(p.name())),
                ALIASES, p.aliases(),
                EXAMPLES, p.examples(),
                BODY, body);
    }

    /** A stable 64-bit hash of everything indexed for the procedure (FNV-1a over its texts). */
    static long contentHash(Procedure p) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, p.publicId());
        for (String field : List.of(NAME, ALIASES, EXAMPLES, BODY)) {
            h = mix(h, field);
            for (String value : texts(p).get(field)) {
                h = mix(h, value);
            }
        }
        return h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
