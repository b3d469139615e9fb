package vn.motcua.adapters;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.motcua.adapters.cli.ImportCommand;

/** Starts the assistant, or runs the {@code import} sub-command and exits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotcuaAssistant {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(new ImportCommand().run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(MotcuaAssistant.class, args);
    }
}
