package vn.motcua.bot.rendering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply.Option;

/**
 * Offers kept in this process. Losing them on a restart only means a typed number is read as text, so
 * they are not persisted; stale ones expire so the map stays bounded.
 */
public class InMemoryOfferedOptions implements OfferedOptions {
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<ConversationKey, Offer> offers = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public InMemoryOfferedOptions(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public void offer(ConversationKey key, List<Option> options) {
        if (options.isEmpty()) {
            offers.remove(key);
            return;
        }
        offers.put(key, new Offer(List.copyOf(options), clock.instant()));
        if (offers.size() > SWEEP_ABOVE) {
            Instant cutoff = clock.instant().minus(timeToLive);
            offers.values().removeIf(o -> o.at().isBefore(cutoff));
        }
    }

    @Override
    public Optional<Option> numbered(ConversationKey key, int number) {
        Offer offer = offers.get(key);
        if (offer == null || offer.at().plus(timeToLive).isBefore(clock.instant())
                || number < 1 || number > offer.options().size()) {
            return Optional.empty();
        }
        return Optional.of(offer.options().get(number - 1));
    }

    private record Offer(List<Option> options, Instant at) {
    }
}
