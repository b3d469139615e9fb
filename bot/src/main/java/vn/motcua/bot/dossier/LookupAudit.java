package vn.motcua.bot.dossier;

import java.time.Instant;
import java.util.List;
import vn.motcua.bot.message.Channel;

/** Every lookup, for the record: who, on which channel, when, which code and what came of it. Never the factor. */
public interface LookupAudit {

    void record(Entry entry);

    /** The latest entries, newest first, for the operators' view; empty where none are kept in reach. */
    default List<Entry> recent() {
        return List.of();
    }

    record Entry(Instant at, Channel channel, String sender, String code, Outcome outcome) {
    }

    /** The citizen sees the same answer for UNKNOWN_CODE and WRONG_FACTOR; the record tells them apart. */
    enum Outcome { OPENED, UNKNOWN_CODE, WRONG_FACTOR, LOCKED_OUT, UNAVAILABLE }
}
