package vn.motcua.bot.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Subscriptions in this process. Every change goes through one lock, so an advance is atomic; a
 * subclass can persist the whole state after each change ({@link #changed()}).
 */
public class InMemorySubscriptions implements Subscriptions {
    private final Map<Key, Subscription> subscriptions = new LinkedHashMap<>();

    public InMemorySubscriptions(List<Subscription> initial) {
        initial.forEach(s -> subscriptions.put(Key.of(s), s));
    }

    @Override
    public synchronized void subscribe(Subscription subscription) {
        subscriptions.put(Key.of(subscription), subscription);
        changed();
    }

    @Override
    public synchronized boolean cancel(ConversationKey subscriber, DossierCode code) {
        boolean removed = subscriptions.remove(new Key(subscriber, code)) != null;
        if (removed) {
            changed();
        }
        return removed;
    }

    @Override
    public synchronized int cancelAll(ConversationKey subscriber) {
        int before = subscriptions.size();
        subscriptions.keySet().removeIf(k -> k.subscriber().equals(subscriber));
        int removed = before - subscriptions.size();
        if (removed > 0) {
            changed();
        }
        return removed;
    }

    @Override
    public synchronized List<Subscription> of(DossierCode code) {
        return subscriptions.values().stream().filter(s -> s.code().equals(code)).toList();
    }

    @Override
    public synchronized boolean follows(ConversationKey subscriber, DossierCode code) {
        return subscriptions.containsKey(new Key(subscriber, code));
    }

    @Override
    public synchronized Set<DossierCode> watched() {
        Set<DossierCode> codes = new HashSet<>();
        subscriptions.values().forEach(s -> codes.add(s.code()));
        return codes;
    }

    @Override
    public synchronized boolean advance(ConversationKey subscriber, DossierCode code, DossierStatus status) {
        Key key = new Key(subscriber, code);
        Subscription current = subscriptions.get(key);
        if (current == null || current.lastKnown() == status) {
            return false;
        }
        subscriptions.put(key, new Subscription(subscriber, code, status, current.since()));
        changed();
        return true;
    }

    /** Every subscription, for a snapshot. */
    public synchronized List<Subscription> all() {
        return new ArrayList<>(subscriptions.values());
    }

    /** Called under the lock after every change; the in-memory store has nothing more to do. */
    protected void changed() {
    }

    private record Key(ConversationKey subscriber, DossierCode code) {
        static Key of(Subscription s) {
            return new Key(s.subscriber(), s.code());
        }
    }
}
