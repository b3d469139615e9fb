package vn.motcua.adapters.cli;

import java.io.PrintStream;

/**
 * {@code import --data-dir DIR [--replace] PATH...}: imports procedure records into the knowledge
 * base under the data dir and exits.
 */
public class ImportCommand {
    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand() {
        this(System.out, System.err);
    }

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the process exit code: 0 on success, 2 on bad usage, 1 on bad input. */
    public int run(String[] args) {
        if (args.length == 0) {
            err.println("Usage: import --data-dir DIR [--replace] PATH...");
            return 2;
        }
        err.println("import: the importer of national records is not available in this build yet");
        return 1;
    }
}
