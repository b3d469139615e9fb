package vn.motcua.bot.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.motcua.bot.understanding.DossierCode;

/**
 * One dossier as the one-stop system reports it. The applicant's phone and ID number are kept only to
 * check the second factor; they are never shown back. {@code updatedAt} is when the one-stop system
 * changed the dossier (optional): with it a late retry of an older update can be told from a newer one.
 */
public record Dossier(
        DossierCode code,
        DossierStatus status,
        String procedure,
        String applicantPhone,
        String applicantIdNumber,
        String applicantName,
        String agency,
        String note,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime updatedAt) {

    /** Dates are Vietnamese dates, whatever offset a system sent them with. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        // one offset for all, so that the same moment sent as UTC or +07:00 is the same dossier
        receivedAt = inVietnam(receivedAt);
        dueAt = inVietnam(dueAt);
        // to the microsecond: the precision every store compares at (the Redis script's numbers)
        updatedAt = updatedAt == null ? null : inVietnam(updatedAt).truncatedTo(ChronoUnit.MICROS);
    }

    /** A dossier whose sender did not say when it changed. */
    public Dossier(DossierCode code, DossierStatus status, String procedure, String applicantPhone,
                   String applicantIdNumber, String applicantName, String agency, String note,
                   OffsetDateTime receivedAt, OffsetDateTime dueAt) {
        this(code, status, procedure, applicantPhone, applicantIdNumber, applicantName, agency, note, receivedAt, dueAt,
                null);
    }

    /**
     * Whether this update is older than {@code stored}: only when both say when they changed. Without a
     * time on either side nothing can be told, and the update counts as the newer one (as it always did).
     */
    public boolean olderThan(Dossier stored) {
        return updatedAt != null && stored.updatedAt != null && updatedAt.isBefore(stored.updatedAt);
    }

    private static OffsetDateTime inVietnam(OffsetDateTime t) {
        return t.atZoneSameInstant(VIETNAM).toOffsetDateTime();
    }

    public LocalDate receivedOn() {
        return receivedAt.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    public LocalDate dueOn() {
        return dueAt.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    /** Days past the due date while the dossier is still pending; zero when on time or finished. */
    public long daysOverdue(LocalDate today) {
        if (!status.pending() || !today.isAfter(dueOn())) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueOn(), today);
    }

    public Dossier withStatus(DossierStatus newStatus) {
        return new Dossier(code, newStatus, procedure, applicantPhone, applicantIdNumber, applicantName, agency,
                note, receivedAt, dueAt, updatedAt);
    }

    public Dossier withUpdatedAt(OffsetDateTime newUpdatedAt) {
        return new Dossier(code, status, procedure, applicantPhone, applicantIdNumber, applicantName, agency,
                note, receivedAt, dueAt, newUpdatedAt);
    }
}
