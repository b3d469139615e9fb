package vn.motcua.adapters.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.knowledge.importer.ImportReport;
import vn.motcua.knowledge.importer.ImportingProcedures;
import vn.motcua.knowledge.importer.Rejection;
import vn.motcua.knowledge.seed.FileSeedState;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SyncingSeeds;
import vn.motcua.knowledge.store.FileProcedureStore;

/**
 * {@code import --data-dir DIR [--replace] PATH...}: imports procedure records into the knowledge
 * base under the data dir and exits, without starting the server. Run it while no server uses the same
 * data dir; a server started afterwards serves what was imported.
 */
public class ImportCommand {
    static final String USAGE = "Usage: import --data-dir DIR [--replace] PATH...";

    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand() {
        this(System.out, System.err);
    }

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The parsed command line. */
    record Arguments(Path dataDir, boolean replace, List<Path> paths) {
    }

    /** Returns the process exit code: 0 on success, 2 on bad usage, 1 on bad input. */
    public int run(String[] args) {
        Arguments arguments = parse(args);
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
        KnowledgeFiles files = new KnowledgeFiles(arguments.dataDir());
        FileProcedureStore store = new FileProcedureStore(files.procedures());
        FileSeedState seedState = new FileSeedState(files.seedState());
        if (!arguments.replace()) {
            // seeds first, so that a national record for a curated seed's code does not add a second procedure
            new SyncingSeeds(store, seedState).apply(new SeedLoader().load(KnowledgeFiles.seedsOnClasspath()));
        }
        ImportReport report = new ImportingProcedures(store, seedState).run(arguments.paths(), arguments.replace());
        print(report, files, arguments.replace());
        return report.failed() ? 1 : 0;
    }

    static Arguments parse(String[] args) {
        Path dataDir = null;
        boolean replace = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else if (a.equals("--replace")) {
                replace = true;
            } else if (a.startsWith("--")) {
                return null;
            } else {
                paths.add(Path.of(a));
            }
        }
        return dataDir == null || paths.isEmpty() ? null : new Arguments(dataDir, replace, paths);
    }

    private void print(ImportReport report, KnowledgeFiles files, boolean replace) {
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
                files.procedures(), report.elapsed().toMillis() / 1000.0);
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
}
