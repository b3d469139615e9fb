package vn.motcua.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.answering.Answer;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.search.SearchHit;

/**
 * Writes what the assistant understands and answers for every line of a question file, on the seed
 * knowledge base and on N generated procedures, so that two builds can be compared byte for byte
 * (a change meant to keep every result must leave this file unchanged). Build the index on one thread
 * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}): equal-score ties may otherwise swap.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar vn.motcua.bench.UnderstandingDump QUESTIONS OUT [generated]}
 */
public final class UnderstandingDump {
    private UnderstandingDump() {
    }

    public static void main(String[] args) throws IOException {
        List<String> questions = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int generated = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            dump("seed", BenchKnowledge.seeds(), questions, out);
            dump("generated", BenchKnowledge.generated(generated), questions, out);
        }
    }

    private static void dump(String name, List<Procedure> procedures, List<String> questions, BufferedWriter out)
            throws IOException {
        KnowledgeBase kb = BenchKnowledge.knowledgeBase(procedures, new ProcedureIndex());
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(kb);
        IntentClassifier classifier = IntentClassifier.standard(catalog);
        Assistant assistant = BenchKnowledge.assistant(kb);
        for (String q : questions) {
            Understanding u = classifier.understand(q);
            out.write(name + "\tQ\t" + q + "\n");
            out.write("U\t" + u.intent() + "\t" + u.section() + "\t" + u.confidence() + "\t" + hits(u.procedures()) + "\n");
            Answer a = assistant.ask(q);
            out.write("A\t" + a.intent() + "\t" + a.section() + "\t" + hits(a.procedures()) + "\n");
            for (var r : a.replies()) {
                out.write("R\t" + r + "\n");
            }
        }
    }

    private static String hits(List<SearchHit> hits) {
        StringBuilder s = new StringBuilder();
        for (SearchHit h : hits) {
            s.append(h.procedure().id()).append(':').append(Float.floatToIntBits(h.score())).append(h.topicTerms()).append(' ');
        }
        return s.toString();
    }
}
