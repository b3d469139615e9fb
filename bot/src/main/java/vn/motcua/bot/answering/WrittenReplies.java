package vn.motcua.bot.answering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import vn.motcua.bot.message.Reply;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;

/**
 * The reply for each section of a procedure, written once. A reply depends on nothing but the
 * procedure and the section, and a procedure is an immutable record (its lists copied, its parts
 * records of strings) that an edit replaces with a new one: kept by the record's identity, an edited
 * procedure is simply not found and its reply is written afresh. Bounded (emptied when full) for
 * knowledge bases of any size; the records of old versions go with it.
 */
final class WrittenReplies {
    private static final int KEPT = 1024;
    private static final int SECTIONS = ProcedureSection.values().length;

    private final Map<Identity, Reply[]> replies = new ConcurrentHashMap<>();
    private final BiFunction<Procedure, ProcedureSection, Reply> write;

    WrittenReplies(BiFunction<Procedure, ProcedureSection, Reply> write) {
        this.write = write;
    }

    Reply of(Procedure p, ProcedureSection section) {
        Identity key = new Identity(p);
        Reply[] written = replies.get(key);
        if (written == null) {
            if (replies.size() >= KEPT) {
                replies.clear();
            }
            written = replies.computeIfAbsent(key, k -> new Reply[SECTIONS]);
        }
        // a reply is immutable (final fields, copied lists): a race only writes it twice
        Reply reply = written[section.ordinal()];
        if (reply == null) {
            reply = write.apply(p, section);
            written[section.ordinal()] = reply;
        }
        return reply;
    }

    /** A procedure compared by identity: equal records of different versions never share a reply. */
    private record Identity(Procedure procedure) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.procedure == procedure;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(procedure);
        }
    }
}
