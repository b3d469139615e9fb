package vn.motcua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.search.ProcedureIndex;

/**
 * The ask on the seed knowledge base as plain tasks (each runs every question once), for a harness
 * that loads two builds' bench jars side by side and alternates them in one JVM
 * ({@code bench/load/InProcessAb.java}), or for a profiler ({@code main} loops the pipeline).
 * Only JDK types cross the class loaders.
 */
public final class AskTiming {
    private AskTiming() {
    }

    /** "ask" (the whole ask) and "pipeline" (the ask with search and analysis replayed) over the questions. */
    public static Map<String, Runnable> stages(String questionsFile) throws IOException {
        List<String> questions = Files.readAllLines(Path.of(questionsFile), StandardCharsets.UTF_8).stream()
                .filter(q -> !q.startsWith("#")).toList();
        KnowledgeBase kb = BenchKnowledge.knowledgeBase(BenchKnowledge.seeds(), new ProcedureIndex());
        Assistant assistant = BenchKnowledge.assistant(kb);
        Assistant replaying = BenchKnowledge.assistant(new ReplayedCatalog(new KnowledgeBaseCatalog(kb), questions));
        Map<String, Runnable> stages = new LinkedHashMap<>();
        stages.put("ask", () -> questions.forEach(assistant::ask));
        stages.put("pipeline", () -> questions.forEach(replaying::ask));
        return stages;
    }

    /** {@code AskTiming QUESTIONS STAGE SECONDS}: runs one stage over and over, for a profiler to watch. */
    public static void main(String[] args) throws IOException {
        Runnable stage = stages(args[0]).get(args[1]);
        long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        while (System.nanoTime() < end) {
            stage.run();
        }
    }
}
