package vn.motcua.adapters.redis;

import java.util.List;
import vn.motcua.adapters.AdminAuditTrail;

/** Admin actions of every instance in one capped Redis list, newest first. */
final class RedisAdminAuditTrail implements AdminAuditTrail {
    private final CappedJsonList<Entry> entries;

    RedisAdminAuditTrail(CappedJsonList<Entry> entries) {
        this.entries = entries;
    }

    @Override
    public void append(Entry entry) {
        entries.push(entry);
    }

    @Override
    public List<Entry> latest() {
        return entries.newest(SHOWN);
    }
}
