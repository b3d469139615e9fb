package vn.motcua.adapters.admin;

import java.time.Clock;
import java.util.List;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.adapters.AdminAuditTrail.Entry;

/** What the console's pages call to record an admin action, timed here, kept by the audit trail. */
class AuditLog {
    private final AdminAuditTrail trail;
    private final Clock clock;

    AuditLog(AdminAuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    void record(String user, String action, String target, String detail) {
        trail.append(new Entry(clock.instant(), user, action, target, detail));
    }

    /** Newest first. */
    List<Entry> recent() {
        return trail.latest();
    }
}
