package vn.motcua.bot.address;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed administrative units from the repository's {@code seeds/admin-units}, read once. */
public final class AdminUnitsFixture {
    private static AdminUnits seeds;

    private AdminUnitsFixture() {
    }

    public static synchronized AdminUnits seeds() {
        if (seeds == null) {
            Path dir = Path.of("..", "seeds", "admin-units");
            try (var p = Files.newBufferedReader(dir.resolve("provinces.csv"), StandardCharsets.UTF_8);
                 var c = Files.newBufferedReader(dir.resolve("communes.csv"), StandardCharsets.UTF_8);
                 var f = Files.newBufferedReader(dir.resolve("former-provinces.csv"), StandardCharsets.UTF_8)) {
                seeds = AdminUnits.fromCsv(p, c, f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }
}
