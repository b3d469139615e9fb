package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.core.io.Resource;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.understanding.DossierCode;

/**
 * The made-up dossiers of {@code seeds/demo/dossiers.json}. Their dates are given relative to today
 * (days ago, days until due), so the demo always shows one overdue dossier and the others on time.
 */
final class DemoDossiers {
    private DemoDossiers() {
    }

    static List<Dossier> read(Resource file, ObjectMapper json, Clock clock) {
        File demo;
        try (InputStream in = file.getInputStream()) {
            demo = json.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo dossiers from " + file, e);
        }
        LocalDate today = LocalDate.now(clock.withZone(Dossier.VIETNAM));
        return demo.dossiers().stream().map(e -> e.dossier(today)).toList();
    }

    record File(List<Entry> dossiers) {
    }

    record Entry(String code, int status, String procedure, String applicantPhone, String applicantIdNumber,
                 String applicantName, String agency, String note, int receivedDaysAgo, int dueInDays) {

        Dossier dossier(LocalDate today) {
            return new Dossier(DossierCode.parse(code).orElseThrow(() -> new IllegalArgumentException("bad demo code " + code)),
                    DossierStatus.of(status).orElseThrow(), procedure, applicantPhone, applicantIdNumber, applicantName,
                    agency, note, at(today.minusDays(receivedDaysAgo), LocalTime.of(8, 30)),
                    at(today.plusDays(dueInDays), LocalTime.of(17, 0)));
        }

        private static OffsetDateTime at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(Dossier.VIETNAM).toOffsetDateTime();
        }
    }
}
