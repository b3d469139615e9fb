package vn.motcua.adapters.redis;

import java.util.List;
import vn.motcua.bot.dossier.LookupAudit;

/**
 * The dossier lookup record of every instance in one capped Redis list, so operators see every
 * lookup on whichever instance they open the console. Never the second factor: the entry has none.
 */
final class RedisLookupAudit implements LookupAudit {
    /** As many as the in-process record shows. */
    static final int SHOWN = 1000;

    private final CappedJsonList<Entry> entries;

    RedisLookupAudit(CappedJsonList<Entry> entries) {
        this.entries = entries;
    }

    @Override
    public void record(Entry entry) {
        entries.push(entry);
    }

    @Override
    public List<Entry> recent() {
        return entries.newest(SHOWN);
    }
}
