package vn.motcua.adapters.onestop;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.understanding.DossierCode;

/**
 * The push API's JSON body; unknown fields are ignored (systems may send more). {@code updatedAt} is
 * optional: when the one-stop system changed the dossier, so that a late retry of an older update is
 * recognised and ignored.
 */
record PushedDossier(Integer status, String procedure, String applicantPhone, String applicantIdNumber,
                     String applicantName, String agency, String note, String receivedAt, String dueAt,
                     String updatedAt) {

    /** The dossier, or the list of what is wrong with the body (in English: the reader is an operator). */
    Dossier toDossier(DossierCode code) {
        List<String> problems = new ArrayList<>();
        DossierStatus s = status == null ? null : DossierStatus.of(status).orElse(null);
        if (s == null) {
            problems.add("status must be a number 1-10");
        }
        if (blank(procedure)) {
            problems.add("procedure is required (catalogue id or national code)");
        }
        if (blank(applicantPhone)) {
            problems.add("applicantPhone is required");
        }
        OffsetDateTime received = time(receivedAt, "receivedAt", problems);
        OffsetDateTime due = time(dueAt, "dueAt", problems);
        OffsetDateTime updated = blank(updatedAt) ? null : time(updatedAt, "updatedAt", problems);
        if (!problems.isEmpty()) {
            throw new InvalidPush(String.join("; ", problems));
        }
        return new Dossier(code, s, procedure.strip(), applicantPhone.strip(), trim(applicantIdNumber),
                trim(applicantName), trim(agency), trim(note), received, due, updated);
    }

    /** ISO-8601 with offset, or a plain date (taken as midnight in Vietnam). */
    static OffsetDateTime parseTime(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(v).atStartOfDay(Dossier.VIETNAM).toOffsetDateTime();
        }
    }

    private static OffsetDateTime time(String value, String field, List<String> problems) {
        if (blank(value)) {
            problems.add(field + " is required");
            return null;
        }
        try {
            return parseTime(value);
        } catch (DateTimeParseException e) {
            problems.add(field + " must be an ISO-8601 date-time with offset or a date, e.g. 2026-11-20T08:30:00+07:00");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    static final class InvalidPush extends RuntimeException {
        InvalidPush(String message) {
            super(message);
        }
    }
}
