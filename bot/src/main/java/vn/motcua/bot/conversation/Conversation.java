package vn.motcua.bot.conversation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.bot.message.ConversationKey;

/**
 * The state of one dialogue: which flow is in progress (dossier lookup, postal booking...) and the
 * slots it has filled. Plain strings, so any store can keep it without knowing the flows.
 */
public record Conversation(ConversationKey key, String flow, Map<String, String> slots, Instant updatedAt) {
    public Conversation {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    public static Conversation start(ConversationKey key) {
        return new Conversation(key, null, Map.of(), Instant.now());
    }

    public boolean inFlow(String name) {
        return name.equals(flow);
    }

    public Optional<String> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    public Conversation enter(String newFlow, Map<String, String> newSlots) {
        return new Conversation(key, newFlow, newSlots, Instant.now());
    }

    public Conversation with(String slot, String value) {
        Map<String, String> copy = new HashMap<>(slots);
        if (value == null) {
            copy.remove(slot);
        } else {
            copy.put(slot, value);
        }
        return new Conversation(key, flow, copy, Instant.now());
    }

    /** Leaves any flow but keeps nothing of it: the next message starts afresh. */
    public Conversation idle() {
        return new Conversation(key, null, Map.of(), Instant.now());
    }
}
