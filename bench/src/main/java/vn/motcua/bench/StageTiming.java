package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.understanding.KnowledgeBaseCatalog;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;

/**
 * A quick, contention-resistant companion to the JMH runs: the CPU time (not wall time) the calling
 * thread spends per question in each stage, and in an index build. On a shared, overloaded machine
 * wall-clock percentiles mostly measure the scheduler; CPU time measures the code.
 *
 * <p>{@code java [-Dindex=disk] -cp bench/target/benchmarks.jar vn.motcua.bench.StageTiming [procedures...]}:
 * the questions' index in memory, or on disk as the application keeps it.
 */
public final class StageTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = Integer.getInteger("rounds", 8);
    private static final boolean ON_DISK = "disk".equals(System.getProperty("index"));

    private StageTiming() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> sizes = args.length == 0 ? List.of("seed", "10000") : Arrays.asList(args);
        List<String> questions = BenchKnowledge.questions();
        for (String size : sizes) {
            List<Procedure> procedures = size.equals("seed") ? BenchKnowledge.seeds()
                    : BenchKnowledge.generated(Integer.parseInt(size));
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            Path indexDir = ON_DISK ? Files.createTempDirectory("motcua-stage-index") : null;
            KnowledgeBase kb = BenchKnowledge.knowledgeBase(procedures, newIndex(indexDir));
            kb.search("khởi động", 1);
            System.out.printf(Locale.ROOT, "%s: %d procedures, build %s %.0f ms wall, %.0f ms CPU of the calling thread%n",
                    size, kb.size(), ON_DISK ? "on disk" : "in memory", (System.nanoTime() - wall) / 1e6, (CPU.getCurrentThreadCpuTime() - cpu) / 1e6);
            buildOnDisk(procedures);
            Assistant assistant = BenchKnowledge.assistant(kb);
            Assistant replaying = BenchKnowledge.assistant(new ReplayedCatalog(new KnowledgeBaseCatalog(kb), questions));
            for (int round = 0; round < ROUNDS; round++) {
                // the first rounds warm the JIT up, the last is reported
                boolean report = round == ROUNDS - 1;
                time("analysis", questions, kb::normalize, report);
                time("search", questions, q -> kb.search(q, 5), report);
                time("ask", questions, assistant::ask, report);
                time("pipeline", questions, replaying::ask, report);
            }
            kb.close();
            if (indexDir != null) {
                deleteTree(indexDir);
            }
        }
    }

    private static ProcedureIndex newIndex(Path dir) {
        return dir == null ? new ProcedureIndex() : ProcedureIndex.open(dir);
    }

    /** A full build on disk, as at a first start: wall time and the CPU time of the whole process. */
    private static void buildOnDisk(List<Procedure> procedures) {
        try {
            Path dir = Files.createTempDirectory("motcua-index");
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            try (ProcedureIndex index = ProcedureIndex.open(dir)) {
                index.rebuild(procedures);
            }
            System.out.printf(Locale.ROOT, "  index build on disk: %.0f ms wall, %.0f ms CPU of the process (%d cores)%n",
                    (System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
                    Runtime.getRuntime().availableProcessors());
            deleteTree(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void time(String stage, List<String> questions, Consumer<String> op, boolean report) {
        long[] cpu = new long[questions.size()];
        long[] wall = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long startWall = System.nanoTime();
            long start = CPU.getCurrentThreadCpuTime();
            op.accept(questions.get(i));
            cpu[i] = CPU.getCurrentThreadCpuTime() - start;
            wall[i] = System.nanoTime() - startWall;
        }
        if (report) {
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "  %-8s per question: CPU p50 %.3f ms, p99 %.3f ms, max %.3f ms; wall p50 %.3f ms,"
                            + " p99 %.3f ms (%d questions)%n",
                    stage, cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, cpu[cpu.length - 1] / 1e6,
                    wall[wall.length / 2] / 1e6, wall[(int) (wall.length * 0.99)] / 1e6, cpu.length);
        }
    }
}
