import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two builds' bench jars in one JVM, each in its own class loader, their stages run in alternating
 * rounds (A B B A ...) so that both see the same machine noise and the same JIT budget. Reports the CPU
 * time of the calling thread per question for each build and B over A, round by round (median and
 * range of the rounds after the warm-up). Both jars need {@code vn.motcua.bench.AskTiming} (see its
 * comment): {@code java bench/load/InProcessAb.java A.jar B.jar QUESTIONS [rounds] [warm-up rounds] [passes]}.
 */
public class InProcessAb {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String questions = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int passes = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        long lines = java.nio.file.Files.readAllLines(Path.of(questions)).stream().filter(l -> !l.startsWith("#")).count();
        ClassLoader[] loaders = new ClassLoader[2];
        List<Map<String, Runnable>> stages = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            loaders[b] = new URLClassLoader(new URL[] {Path.of(args[b]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loaders[b]);
            @SuppressWarnings("unchecked")
            Map<String, Runnable> s = (Map<String, Runnable>) loaders[b].loadClass("vn.motcua.bench.AskTiming")
                    .getMethod("stages", String.class).invoke(null, questions);
            stages.add(s);
        }
        for (String stage : stages.get(0).keySet()) {
            double[][] perQuestion = new double[2][rounds];
            for (int r = 0; r < warmUp + rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    int b = (r + k) % 2 == 0 ? 0 : 1; // A B, then B A
                    Thread.currentThread().setContextClassLoader(loaders[b]);
                    Runnable run = stages.get(b).get(stage);
                    long start = CPU.getCurrentThreadCpuTime();
                    for (int p = 0; p < passes; p++) {
                        run.run();
                    }
                    if (r >= warmUp) {
                        perQuestion[b][r - warmUp] = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / passes / lines;
                    }
                }
            }
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = perQuestion[1][r] / perQuestion[0][r];
            }
            System.out.printf(Locale.ROOT, "%-9s A %.2f µs, B %.2f µs per question (medians); B/A %.3f (rounds %.3f-%.3f, %d rounds of %d passes)%n",
                    stage, median(perQuestion[0]), median(perQuestion[1]), median(ratios),
                    Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0), rounds, passes);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
