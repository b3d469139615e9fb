package vn.motcua.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

/**
 * A Lucene index over procedures. Queries are built from analysed terms, never parsed, so text such
 * as {@code *:* AND (} in a question is just words.
 */
public class ProcedureIndex implements AutoCloseable {
    static final String ID = "id";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            "name", 3.0f, "aliases", 3.0f, "examples", 1.5f, "body", 0.5f);

    private final Analyzer analyzer = new VietnameseAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Procedure> byId = new ConcurrentHashMap<>();

    public ProcedureIndex() {
        this(new ByteBuffersDirectory());
    }

    public ProcedureIndex(Directory directory) {
        try {
            this.directory = directory;
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole content of the index. */
    public void rebuild(Collection<Procedure> procedures) {
        try {
            writer.deleteAll();
            byId.clear();
            for (Procedure p : procedures) {
                writer.addDocument(toDocument(p));
                byId.put(p.publicId(), p);
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one procedure; searchable as soon as this returns. */
    public void put(Procedure p) {
        try {
            writer.updateDocument(new Term(ID, p.publicId()), toDocument(p));
            byId.put(p.publicId(), p);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            byId.remove(id);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return byId.size();
    }

    public List<SearchHit> search(String question, int limit) {
        Query query = toQuery(question);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                    String id = searcher.storedFields().document(sd.doc).get(ID);
                    Procedure p = byId.get(id);
                    if (p != null) {
                        hits.add(new SearchHit(p, sd.score));
                    }
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query toQuery(String question) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (var field : FIELD_BOOSTS.entrySet()) {
            for (String suffix : new String[] {"", VietnameseAnalyzer.BIGRAM_SUFFIX}) {
                String name = field.getKey() + suffix;
                for (String term : terms(name, question)) {
                    builder.add(new BoostQuery(new TermQuery(new Term(name, term)), field.getValue()),
                            BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : builder.build();
    }

    private Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < 256) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Document toDocument(Procedure p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.publicId(), Field.Store.YES));
        addText(doc, "name", p.name());
        addText(doc, "aliases", String.join(" . ", p.aliases()));
        addText(doc, "examples", String.join(" . ", p.examples()));
        addText(doc, "body", String.join(" . ", p.field(), p.result() == null ? "" : p.result()));
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        String value = text == null ? "" : text;
        doc.add(new TextField(field, value, Field.Store.NO));
        doc.add(new TextField(field + VietnameseAnalyzer.BIGRAM_SUFFIX, value, Field.Store.NO));
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
