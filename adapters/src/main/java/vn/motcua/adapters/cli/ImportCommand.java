package vn.motcua.adapters.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.adapters.KnowledgeStorage;
import vn.motcua.knowledge.importer.ImportReport;
import vn.motcua.knowledge.importer.ImportingProcedures;
import vn.motcua.knowledge.importer.Rejection;
import vn.motcua.knowledge.seed.FileSeedState;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.seed.SyncingSeeds;
import vn.motcua.knowledge.store.FileProcedureStore;
import vn.motcua.knowledge.store.ProcedureStore;

/**
 * {@code import --data-dir DIR [--replace] PATH...}: imports procedure records into the knowledge
 * base under the data dir and exits, without starting the server. Run it while no server uses the same
 * data dir; a server started afterwards serves what was imported.
 *
 * <p>With {@code --assistant.store=redis} (or {@code ASSISTANT_STORE=redis} in the environment, as for
 * the server) it imports into the shared Redis instead, connecting with the server's own options
 * ({@code --spring.data.redis.*}, {@code --assistant.redis.*}); running instances pick the procedures
 * up at once, as they pick up admin edits.
 */
public class ImportCommand {
    static final String USAGE = "Usage: import --data-dir DIR [--replace] PATH...\n"
            + "       import --assistant.store=redis [--spring.data.redis.url=redis://HOST:PORT]"
            + " [--spring.data.redis.*=...] [--assistant.redis.key-prefix=...] [--replace] PATH...";
    private static final String STORE_OPTION = "--assistant.store=";

    private final PrintStream out;
    private final PrintStream err;
    private final Function<List<String>, KnowledgeStorage> redis;

    /**
     * @param redis opens the shared Redis with the given Spring options ({@code --name=value}); it throws
     *              an {@link IllegalStateException} for the operator when Redis cannot be reached
     */
    public ImportCommand(PrintStream out, PrintStream err, Function<List<String>, KnowledgeStorage> redis) {
        this.out = out;
        this.err = err;
        this.redis = redis;
    }

    /** The parsed command line; {@code dataDir} is null when importing into Redis. */
    record Arguments(Path dataDir, boolean replace, List<Path> paths, boolean intoRedis, List<String> redisOptions) {
    }

    /** Returns the process exit code: 0 on success, 2 on bad usage, 1 on bad input. */
    public int run(String[] args) {
        Arguments arguments = parse(args, storeFromEnvironment());
        if (arguments == null) {
            err.println(USAGE);
            return 2;
        }
        quietLogging();
        try {
            return importInto(arguments);
        } catch (RuntimeException e) {
            // a stored procedure that cannot be read, seeds that do not load, a disk error: say it plainly
            err.println("Không nhập gì thêm: " + e.getMessage());
            return 1;
        }
    }

    private int importInto(Arguments arguments) {
        try (KnowledgeStorage storage = arguments.intoRedis() ? redis.apply(arguments.redisOptions())
                : new DataDirStorage(new KnowledgeFiles(arguments.dataDir()))) {
            ProcedureStore store = storage.procedures();
            SeedState seedState = storage.seedState();
            if (!arguments.replace()) {
                // seeds first, so that a national record for a curated seed's code does not add a second procedure
                new SyncingSeeds(store, seedState).apply(new SeedLoader().load(KnowledgeFiles.seedsOnClasspath()));
            }
            ImportReport report = new ImportingProcedures(store, seedState).run(arguments.paths(), arguments.replace());
            print(report, storage.location(), arguments.replace());
            return report.failed() ? 1 : 0;
        }
    }

    /**
     * @param storeFromEnvironment {@code assistant.store} as the server would read it from a system
     *                             property or the environment; a command-line option wins over it
     */
    static Arguments parse(String[] args, String storeFromEnvironment) {
        Path dataDir = null;
        boolean replace = false;
        String store = storeFromEnvironment == null ? "memory" : storeFromEnvironment.strip();
        List<Path> paths = new ArrayList<>();
        List<String> redisOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else if (a.equals("--replace")) {
                replace = true;
            } else if (a.startsWith(STORE_OPTION)) {
                store = a.substring(STORE_OPTION.length());
            } else if ((a.startsWith("--spring.data.redis.") || a.startsWith("--assistant.redis.")) && a.contains("=")) {
                redisOptions.add(a);
            } else if (a.startsWith("--")) {
                return null;
            } else {
                paths.add(Path.of(a));
            }
        }
        boolean intoRedis = store.equalsIgnoreCase("redis");
        if (paths.isEmpty() || !intoRedis && !store.equalsIgnoreCase("memory")
                || !intoRedis && (dataDir == null || !redisOptions.isEmpty())) {
            return null;
        }
        return new Arguments(dataDir, replace, paths, intoRedis, List.copyOf(redisOptions));
    }

    private static String storeFromEnvironment() {
        String property = System.getProperty("assistant.store");
        return property != null ? property : System.getenv("ASSISTANT_STORE");
    }

    private void print(ImportReport report, String location, boolean replace) {
        if (!report.unreadable().isEmpty()) {
            err.println("Không nhập gì: đầu vào có lỗi (không có gì được ghi).");
            report.unreadable().forEach(r -> err.println("  " + r));
            return;
        }
        if (report.imported() == 0 && report.keptCurated().isEmpty()) {
            err.println("Không nhập gì: không có bản ghi nào hợp lệ trong " + report.read() + " bản ghi.");
            report.rejected().forEach(r -> err.println("  " + r));
            return;
        }
        out.printf(Locale.ROOT, "Đã nhập %d/%d bản ghi vào %s trong %.1f s.%n", report.imported(), report.read(),
                location, report.elapsed().toMillis() / 1000.0);
        out.printf("Thêm mới: %d, thay đổi: %d, không đổi: %d, giữ bản biên soạn: %d, bị loại: %d%s%n",
                report.added().size(), report.changed().size(), report.unchanged().size(),
                report.keptCurated().size(), rejectedRecords(report),
                replace ? ", gỡ khỏi cơ sở tri thức (--replace): " + report.removed().size() : "");
        if (!report.keptCurated().isEmpty()) {
            out.println("Giữ bản đã biên soạn, không ghi đè bằng bản ghi quốc gia cùng mã (" + report.keptCurated().size()
                    + "): " + String.join(", ", report.keptCurated()));
        }
        if (!report.rejected().isEmpty()) {
            out.println("Bị loại (tệp: trường: lý do):");
            report.rejected().forEach(r -> out.println("  " + r));
        }
    }

    private static long rejectedRecords(ImportReport report) {
        return report.rejected().stream().map(Rejection::location).distinct().count();
    }

    /** The command runs without Spring Boot's logging set-up; library chatter would drown the report. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** The knowledge base as files under a data dir, as the in-process store keeps it. */
    private record DataDirStorage(ProcedureStore procedures, SeedState seedState, String location)
            implements KnowledgeStorage {

        DataDirStorage(KnowledgeFiles files) {
            this(new FileProcedureStore(files.procedures()), new FileSeedState(files.seedState()),
                    files.procedures().toString());
        }

        @Override
        public void close() {
            // files are written as the import goes: nothing to release
        }
    }
}
