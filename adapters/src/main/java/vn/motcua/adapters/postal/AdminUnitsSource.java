package vn.motcua.adapters.postal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.bot.address.AdminUnits;

/**
 * Loads the provinces and communes: an administrator's corrected copy under
 * {@code <data-dir>/admin-units/} when there is one, else the seeds shipped in the jar (a community
 * compilation, not an official dataset).
 */
final class AdminUnitsSource {
    private static final Logger log = LoggerFactory.getLogger(AdminUnitsSource.class);

    private AdminUnitsSource() {
    }

    static AdminUnits load(Path dataDir) {
        Path dir = dataDir.resolve("admin-units");
        boolean corrected = Files.isRegularFile(dir.resolve("provinces.csv")) && Files.isRegularFile(dir.resolve("communes.csv"));
        try (Reader provinces = open(dir, corrected, "provinces.csv");
             Reader communes = open(dir, corrected, "communes.csv");
             Reader former = open(dir, corrected, "former-provinces.csv")) {
            AdminUnits units = AdminUnits.fromCsv(provinces, communes, former);
            log.info("Administrative units: {} provinces, {} communes, from {} (a community compilation, "
                    + "not official; correct it under {})", units.provinceCount(), units.communeCount(),
                    corrected ? dir : "the seeds", dir);
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read administrative units", e);
        }
    }

    private static Reader open(Path dir, boolean corrected, String name) throws IOException {
        InputStream in;
        if (corrected) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                return null;
            }
            in = Files.newInputStream(file);
        } else {
            ClassPathResource seed = new ClassPathResource("seeds/admin-units/" + name);
            if (!seed.exists()) {
                return null;
            }
            in = seed.getInputStream();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
