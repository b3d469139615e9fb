package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.bot.Assistant;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.search.ProcedureIndex;

/**
 * One build's pipeline for {@link JarAb}: the seed or a generated knowledge base, and the CPU time of
 * the calling thread for one pass of a stage over the questions. Each build's copy is loaded by its
 * own class loader from that build's benchmarks jar.
 */
public final class AbDriver {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final KnowledgeBase kb;
    private final Assistant assistant;
    private final List<String> questions;
    public long sink;

    public AbDriver(String knowledge, String questionFile) throws Exception {
        var procedures = knowledge.equals("seed") ? BenchKnowledge.seeds() : BenchKnowledge.generated(Integer.parseInt(knowledge));
        kb = BenchKnowledge.knowledgeBase(procedures, new ProcedureIndex());
        assistant = BenchKnowledge.assistant(kb);
        questions = questionFile.equals("bench") ? BenchKnowledge.questions()
                : Files.readAllLines(Path.of(questionFile), StandardCharsets.UTF_8);
    }

    public int questions() {
        return questions.size();
    }

    /** CPU ns of this thread for one pass of the stage over every question. */
    public long pass(String stage) {
        long start = CPU.getCurrentThreadCpuTime();
        long s = 0;
        switch (stage) {
            case "analysis" -> { for (String q : questions) s += kb.normalize(q).length(); }
            case "search" -> { for (String q : questions) s += kb.search(q, 5).size(); }
            default -> { for (String q : questions) s += assistant.ask(q).replies().size(); }
        }
        sink += s;
        return CPU.getCurrentThreadCpuTime() - start;
    }
}
