package vn.motcua.bench;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;

/**
 * What the pipeline makes of many questions, to show a change leaves every result as it was: for each
 * question its analysis (tokens, expansion, weighted terms, accent pairs), normalised text, top 10 with
 * score bits and topic terms, understanding and, on the seeds, the reply, on the seed knowledge base and
 * on 3,000 generated procedures. The questions: the dev questions as typed and without diacritics, the
 * load mix, every seed name, alias and example (also without diacritics), 40 generated names and
 * 4,000 mutations of them (typos, Telex residue, abbreviations, case, punctuation, emoji, other scripts).
 *
 * <p>Run from the repository on each build and compare the files ({@code cmp}); build the index on one
 * thread, or equal scores at the tenth place may swap between runs:
 * {@code java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -cp bench/target/benchmarks.jar
 * vn.motcua.bench.ResultDump OUT [-Dgenerated=4000] [-Dqfile=QUESTIONS-OUT]}. The analysis is read by
 * reflection (it is package-private), so a change to those names needs this tool changed too.
 */
public final class ResultDump {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<Procedure> seeds = BenchKnowledge.seeds();
        List<Procedure> generated = BenchKnowledge.generated(3000);
        Set<String> qs = new LinkedHashSet<>(BenchKnowledge.questions());
        for (String line : Files.readAllLines(Path.of("bench/load/questions.txt"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) qs.add(line);
        }
        List<String> base = new ArrayList<>();
        for (Procedure p : seeds) {
            base.add(p.name());
            base.addAll(p.aliases());
            base.addAll(p.examples());
        }
        for (String b : base) { qs.add(b); qs.add(unaccented(b)); }
        for (int i = 0; i < 40; i++) { qs.add(generated.get(i * 73 % generated.size()).name()); }
        List<String> synonymKeys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds/synonyms.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("\t")) synonymKeys.add(line.split("\t")[0]);
        }
        Random r = new Random(20261128);
        List<String> pool = new ArrayList<>(qs);
        String[] extras = {"gì", "ạ", "ko", "k", "j", "thế nào", "ở đâu", "bao lâu", "lệ phí", "giấy tờ", "cho em hỏi",
                "?", "!!", ",", ".", "...", "3,5", "a.b", "2024", "CCCD", "đc", "e", "ad ơi", "_", "x-y", "(abc)", ":)", "😀", "ｆｕｌｌ", "漢字"};
        int target = qs.size() + Integer.getInteger("generated", 4000);
        while (qs.size() < target) {
            String q = pool.get(r.nextInt(pool.size()));
            int ops = 1 + r.nextInt(4);
            for (int k = 0; k < ops; k++) q = mutate(q, r, extras, synonymKeys, pool);
            qs.add(q);
        }
        System.err.println(qs.size() + " questions");
        if (System.getProperty("qfile") != null) { try (PrintWriter q = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("qfile")), StandardCharsets.UTF_8))) { qs.forEach(x -> p(q, x)); }; return; }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            dump("seed", seeds, qs, w, true);
            dump("gen3000", generated, qs, w, false);
            if (w.checkError()) throw new IllegalStateException("write failed");
        }
    }

    /** One line; a lone surrogate (a mutation may cut an emoji in two) written as an escape, as UTF-8 cannot hold it. */
    static void p(PrintWriter w, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) { b.append(c).append(s.charAt(++i)); }
            else if (Character.isSurrogate(c)) { b.append(String.format("\\u%04x", (int) c)); }
            else b.append(c);
        }
        w.println(b);
    }

    static String unaccented(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
    }

    static String mutate(String q, Random r, String[] extras, List<String> synonymKeys, List<String> pool) {
        switch (r.nextInt(10)) {
            case 0: return unaccented(q);
            case 1: { // typo: delete, replace, swap, insert a letter
                if (q.length() < 3) return q;
                int i = r.nextInt(q.length() - 1);
                char c = (char) ('a' + r.nextInt(26));
                switch (r.nextInt(4)) {
                    case 0: return q.substring(0, i) + q.substring(i + 1);
                    case 1: return q.substring(0, i) + c + q.substring(i + 1);
                    case 2: return q.substring(0, i) + q.charAt(i + 1) + q.charAt(i) + q.substring(i + 2);
                    default: return q.substring(0, i) + c + q.substring(i);
                }
            }
            case 2: return q + " " + extras[r.nextInt(extras.length)];
            case 3: return extras[r.nextInt(extras.length)] + " " + q;
            case 4: return synonymKeys.get(r.nextInt(synonymKeys.size())) + " " + q;
            case 5: return r.nextBoolean() ? q.toUpperCase(Locale.ROOT) : q.toLowerCase(Locale.ROOT);
            case 6: { // telex residue on a word: append s/f/r/x/j or double a vowel
                String[] w = q.split(" ");
                int i = r.nextInt(w.length);
                w[i] = unaccented(w[i]) + "sfrxjw".charAt(r.nextInt(6));
                return String.join(" ", w);
            }
            case 7: { // part of another question
                String o = pool.get(r.nextInt(pool.size()));
                String[] w = o.split(" ");
                int a = r.nextInt(w.length);
                return q + " " + String.join(" ", java.util.Arrays.copyOfRange(w, a, Math.min(w.length, a + 1 + r.nextInt(4))));
            }
            case 8: { // drop words
                String[] w = q.split(" ");
                if (w.length < 3) return q;
                int a = r.nextInt(w.length);
                List<String> l = new ArrayList<>(List.of(w));
                l.remove(a);
                return String.join(" ", l);
            }
            default: return q.replace(" ", r.nextBoolean() ? "  " : ", ").replace("y", "i");
        }
    }

    static void dump(String label, List<Procedure> procedures, Set<String> qs, PrintWriter w, boolean ask) throws Exception {
        KnowledgeBase kb = BenchKnowledge.knowledgeBase(procedures, new ProcedureIndex());
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(kb);
        IntentClassifier classifier = IntentClassifier.standard(catalog);
        Assistant assistant = BenchKnowledge.assistant(kb);
        Field indexField = KnowledgeBase.class.getDeclaredField("index");
        indexField.setAccessible(true);
        ProcedureIndex index = (ProcedureIndex) indexField.get(kb);
        Field questionsField = ProcedureIndex.class.getDeclaredField("questions");
        questionsField.setAccessible(true);
        Object analyzer = questionsField.get(index);
        Method vocabulary = ProcedureIndex.class.getDeclaredMethod("vocabulary");
        vocabulary.setAccessible(true);
        Field synonyms = ProcedureIndex.class.getDeclaredField("synonyms");
        synonyms.setAccessible(true);
        Method analyse = null;
        for (Method m : analyzer.getClass().getDeclaredMethods()) {
            if (m.getName().equals("analyse") && m.getParameterCount() == 3) analyse = m;
        }
        analyse.setAccessible(true);
        for (String q : qs) {
            p(w, label + " Q " + q);
            Object a = analyse.invoke(analyzer, q, vocabulary.invoke(index), synonyms.get(index));
            p(w, "  A " + a);
            p(w, "  N " + kb.normalize(q));
            for (SearchHit h : kb.search(q, 10)) {
                p(w, "  H " + h.procedure().publicId() + " " + Integer.toHexString(Float.floatToIntBits(h.score())) + " " + h.topicTerms());
            }
            Understanding u = classifier.understand(q);
            StringBuilder ids = new StringBuilder();
            for (SearchHit h : u.procedures()) ids.append(h.procedure().publicId()).append(',').append(Integer.toHexString(Float.floatToIntBits(h.score()))).append(' ');
            p(w, "  U " + u.intent() + " " + u.section() + " " + u.confidence() + " " + ids);
            if (ask) {
                var answer = assistant.ask(q);
                p(w, "  R " + answer.intent() + " " + answer.section() + " " + answer.text().replace("\n", "\\n"));
            }
        }
        kb.close();
    }
}
