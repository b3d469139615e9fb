package vn.motcua.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.bot.message.ConversationKey;

/** Conversations in this process; idle ones expire so the map does not grow without bound. */
public class InMemoryConversationStore implements ConversationStore {
    private final Map<ConversationKey, Conversation> conversations = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public InMemoryConversationStore(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Optional<Conversation> find(ConversationKey key) {
        Conversation c = conversations.get(key);
        if (c != null && c.updatedAt().plus(timeToLive).isBefore(clock.instant())) {
            conversations.remove(key, c);
            return Optional.empty();
        }
        return Optional.ofNullable(c);
    }

    @Override
    public void save(Conversation conversation) {
        conversations.put(conversation.key(), conversation);
        if (conversations.size() > 10_000) {
            var cutoff = clock.instant().minus(timeToLive);
            conversations.values().removeIf(c -> c.updatedAt().isBefore(cutoff));
        }
    }
}
