package vn.motcua.adapters.delivery;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child process by {@link JournalSurvivesKillTest}: several threads put and remove entries of a
 * {@link PersistentMap} as fast as they can, and print each change once it returned (acknowledged),
 * until the process is killed. Compacts often, so kills land in compactions too.
 *
 * <p>Arguments: the map's file, a prefix for this run's keys, the threads, the compaction threshold.
 */
public final class EndlessChanges {
    /** Long enough that a kill often lands in the middle of a line. */
    static final String PADDING = "đã gửi ".repeat(40);

    private EndlessChanges() {
    }

    public static void main(String[] args) throws Exception {
        PersistentMap<String> map = new PersistentMap<>(Path.of(args[0]), FileStoresTest.JSON, String.class,
                Integer.parseInt(args[3]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String prefix = args[1];
        int threads = Integer.parseInt(args[2]);
        for (int t = 0; t < threads; t++) {
            String lane = prefix + "-" + t + "-";
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    map.put(lane + i, value(lane + i));
                    acknowledge(out, "put " + lane + i);
                    if (i >= 3) {
                        map.remove(lane + (i - 3));
                        acknowledge(out, "removed " + lane + (i - 3));
                    }
                }
            }).start();
        }
    }

    /** The key put three after {@code key} in its lane: once that put returned, {@code key} is removed. */
    static String third(String key) {
        int dash = key.lastIndexOf('-');
        return key.substring(0, dash + 1) + (Integer.parseInt(key.substring(dash + 1)) + 3);
    }

    static String value(String key) {
        return key + " " + PADDING;
    }

    private static void acknowledge(PrintStream out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
