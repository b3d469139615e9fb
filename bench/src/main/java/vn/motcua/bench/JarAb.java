package vn.motcua.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds in one JVM, compared by the CPU time per question of a stage: each build's benchmarks jar in
 * its own class loader, passes alternating A B B A within each round, the first quarter of the rounds
 * warming up. Prints each build's CPU per question and B/A over all measured rounds and per round
 * (median, quartiles, extremes): on a shared machine the spread of the rounds says how noisy it was,
 * and a run of a jar against a copy of itself says how far from 1.00 noise alone goes.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar vn.motcua.bench.JarAb A.jar B.jar seed|N bench|QUESTION-FILE
 * ROUNDS PASSES STAGE...} with stages {@code analysis} (normalise), {@code search}, {@code ask}; run from the
 * repository (the seeds and the dev questions are read from it).
 */
public final class JarAb {
    private JarAb() {
    }

    public static void main(String[] args) throws Exception {
        URL tool = JarAb.class.getProtectionDomain().getCodeSource().getLocation();
        Object[] drivers = new Object[2];
        Method[] pass = new Method[2];
        for (int i = 0; i < 2; i++) {
            // the build's own classes first; a build older than the driver takes it from this jar
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL(), tool},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> driver = loader.loadClass(AbDriver.class.getName());
            drivers[i] = driver.getConstructor(String.class, String.class).newInstance(args[2], args[3]);
            pass[i] = driver.getMethod("pass", String.class);
        }
        int rounds = Integer.parseInt(args[4]);
        int passes = Integer.parseInt(args[5]);
        int questions = (int) drivers[0].getClass().getMethod("questions").invoke(drivers[0]);
        for (String stage : Arrays.asList(args).subList(6, args.length)) {
            List<Double> ratios = new ArrayList<>();
            double sumA = 0;
            double sumB = 0;
            for (int r = 0; r < rounds; r++) {
                long a = 0;
                long b = 0;
                for (int p = 0; p < passes; p++) {
                    if (p % 2 == 0) {
                        a += (long) pass[0].invoke(drivers[0], stage);
                        b += (long) pass[1].invoke(drivers[1], stage);
                    } else {
                        b += (long) pass[1].invoke(drivers[1], stage);
                        a += (long) pass[0].invoke(drivers[0], stage);
                    }
                }
                if (r >= rounds / 4) {
                    ratios.add((double) b / a);
                    sumA += a;
                    sumB += b;
                }
            }
            double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int m = sorted.length;
            double perA = sumA / m / passes / questions / 1000;
            double perB = sumB / m / passes / questions / 1000;
            System.out.printf(Locale.ROOT, "%-9s A %.2f us/q  B %.2f us/q  B/A total %.3f  median round %.3f"
                            + "  [min %.3f, q1 %.3f, q3 %.3f, max %.3f] (%d rounds)%n", stage, perA, perB, perB / perA,
                    sorted[m / 2], sorted[0], sorted[m / 4], sorted[3 * m / 4], sorted[m - 1], m);
        }
    }
}
