package vn.motcua.adapters;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.motcua.adapters.cli.ImportCommand;
import vn.motcua.adapters.redis.RedisKnowledgeStorage;

/** Starts the assistant, or runs the {@code import} sub-command and exits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotcuaAssistant {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(MotcuaAssistant.class, args);
    }

    /** The {@code import} sub-command, able to write into a data dir or into the shared Redis. */
    public static ImportCommand importCommand(PrintStream out, PrintStream err) {
        return new ImportCommand(out, err, RedisKnowledgeStorage::open);
    }
}
