package vn.motcua.bot.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The inbox in memory, bounded: beyond {@code capacity} the oldest questions are dropped. */
public class InMemoryUnansweredInbox implements UnansweredInbox {
    private final LinkedHashMap<String, InboxQuestion> questions = new LinkedHashMap<>();
    private final int capacity;

    public InMemoryUnansweredInbox(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(UnansweredQuestion q) {
        put(open(q));
    }

    /** A question as it enters the inbox: a new id, not resolved yet. */
    protected static InboxQuestion open(UnansweredQuestion q) {
        return new InboxQuestion(randomId(), q.text(), q.channel(), q.reason(), q.bestGuessId(),
                q.at(), null);
    }

    /**
     * A version-4 UUID from the thread's own generator: an inbox id names a question for the admin
     * console, it guards nothing, and {@code UUID.randomUUID()} makes every recording thread queue on
     * one shared SecureRandom.
     */
    private static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @Override
    public synchronized List<InboxQuestion> all() {
        List<InboxQuestion> newestFirst = new ArrayList<>(questions.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized Optional<InboxQuestion> find(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    @Override
    public synchronized boolean resolve(String id, Resolution resolution) {
        InboxQuestion q = questions.get(id);
        if (q == null) {
            return false;
        }
        questions.put(id, q.resolved(resolution));
        return true;
    }

    /** Adds or replaces a question (replaying a log goes through here too). */
    protected synchronized void put(InboxQuestion q) {
        questions.put(q.id(), q);
        if (questions.size() > capacity) {
            Map.Entry<String, InboxQuestion> oldest = questions.entrySet().iterator().next();
            questions.remove(oldest.getKey());
        }
    }
}
