package vn.motcua.adapters.admin;

/** What a staff member may do in the console. */
enum Role {
    /** Everything, including the audit log and staff matters. */
    ADMIN,
    /** Edits the knowledge base, works the unanswered inbox, imports records. */
    EDITOR,
    /** Follows postal bookings and dossier lookups. */
    OPERATOR
}
