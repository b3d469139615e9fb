package vn.motcua.adapters;

import java.time.Instant;
import java.util.List;

/**
 * Every admin action, who did it and when: kept for the console's audit page, which shows the whole
 * installation's actions (every instance's, when they share Redis).
 */
public interface AdminAuditTrail {

    /** The console shows this many of the latest actions. */
    int SHOWN = 1000;

    void append(Entry entry);

    /** The latest entries, newest first, at most {@link #SHOWN}. */
    List<Entry> latest();

    record Entry(Instant at, String user, String action, String target, String detail) {
    }
}
