package vn.motcua.adapters.admin;

import java.time.Instant;
import java.util.List;

/**
 * The record of dossier lookups, for operators: when, on which channel, by whom (masked), which code
 * and what came of it. Second factors are never recorded, so they cannot be shown.
 */
interface LookupRecords {

    /** Newest first. */
    List<LookupView> recent();

    record LookupView(Instant at, String channel, String sender, String code, String outcome) {
    }

    /** No dossier lookups in this build. */
    LookupRecords NONE = List::of;
}
