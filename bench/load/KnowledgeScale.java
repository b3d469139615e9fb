import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.ProcedureIndex;
import vn.motcua.knowledge.seed.SeedLoader;

/**
 * Knowledge-base size bench for bench/load/kb-scale.sh, run as a single-file program on the application's
 * classpath: loads N seed-format procedures (JSON Lines from make-procedures.py), builds the procedure
 * index as the application does (on disk under a fresh directory when the index can live on disk, else in
 * memory), then asks the dev questions in this process, one at a time. Prints one RESULT line: build
 * time, query p50/p99/max, heap in use after a full GC with the knowledge base loaded.
 *
 * <p>Arguments: procedures.jsonl questions.txt indexDir [queries, default 5000]
 */
public class KnowledgeScale {
    public static void main(String[] args) throws Exception {
        List<String> questions = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Path indexDir = Path.of(args[2]);
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 5000;

        long t0 = System.nanoTime();
        // streamed in chunks (a seed set's references are checked within a chunk: the seed procedures come
        // first, generated ones refer to nothing), so the 350 MB of JSON never sits in the heap at once
        List<Procedure> procedures = new ArrayList<>();
        try (var reader = Files.newBufferedReader(Path.of(args[0]))) {
            List<SeedLoader.SeedFile> chunk = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                int at = line.indexOf("\"id\": \"") + 7;
                chunk.add(new SeedLoader.SeedFile(line.substring(at, line.indexOf('"', at)) + ".json",
                        () -> new ByteArrayInputStream(bytes)));
                if (chunk.size() == 1000) {
                    procedures.addAll(new SeedLoader().load(chunk));
                    chunk.clear();
                }
            }
            procedures.addAll(new SeedLoader().load(chunk));
        }
        long loaded = System.nanoTime();

        ProcedureIndex index = open(indexDir);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        long buildCpu0 = os.getProcessCpuTime();
        long built0 = System.nanoTime();
        index.rebuild(procedures);
        index.search(questions.get(0), 5); // the first search finishes what a build leaves lazy
        long built = System.nanoTime();
        long buildCpu = os.getProcessCpuTime() - buildCpu0;

        for (int i = 0; i < Math.min(2000, queries); i++) {
            index.search(questions.get(i % questions.size()), 5);
        }
        // wall time per query, and this thread's CPU time: on a shared machine the wall-clock tail is mostly
        // time spent waiting for a core, the CPU-time tail is the search's own
        long[] took = new long[queries];
        long[] cpu = new long[queries];
        int empty = 0;
        for (int i = 0; i < queries; i++) {
            String q = questions.get((i * 7) % questions.size());
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            if (index.search(q, 5).isEmpty()) empty++;
            took[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(took);
        Arrays.sort(cpu);

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("RESULT procedures=%d load_s=%.1f build_s=%.2f build_cpu_s=%.2f p50_ms=%.2f p99_ms=%.2f "
                        + "max_ms=%.2f cpu_p50_ms=%.2f cpu_p99_ms=%.2f heap_mb=%d no_hit=%d/%d index=%s%n",
                procedures.size(), (loaded - t0) / 1e9, (built - built0) / 1e9, buildCpu / 1e9,
                took[queries / 2] / 1e6, took[(int) (queries * 0.99)] / 1e6, took[queries - 1] / 1e6,
                cpu[queries / 2] / 1e6, cpu[(int) (queries * 0.99)] / 1e6, heap >> 20, empty, queries,
                onDisk ? "disk" : "memory");
        index.close();
    }

    private static boolean onDisk;

    /** On disk like the application when this build has {@code ProcedureIndex.open(Path)}, else in memory. */
    private static ProcedureIndex open(Path dir) throws Exception {
        try {
            Method open = ProcedureIndex.class.getMethod("open", Path.class);
            onDisk = true;
            return (ProcedureIndex) open.invoke(null, dir);
        } catch (NoSuchMethodException e) {
            return new ProcedureIndex();
        }
    }
}
