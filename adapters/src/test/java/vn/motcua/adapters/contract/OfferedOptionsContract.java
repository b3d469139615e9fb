package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.rendering.OfferedOptions;

/** What every store of offered options must do: "2" picks the second of the last offer, for a while. */
public abstract class OfferedOptionsContract {
    protected static final Duration TTL = Duration.ofHours(24);
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final ConversationKey zalo = new ConversationKey(Channel.ZALO, "u-" + System.nanoTime());
    private final List<Option> first = List.of(new Option("Giấy tờ", "tt:a:documents"), new Option("Lệ phí", "tt:a:fees"));

    /** A fresh store keeping offers for {@link #TTL} on {@link #clock}. */
    protected abstract OfferedOptions offers();

    @Test
    void a_number_picks_from_the_last_offer_only() {
        OfferedOptions offers = offers();
        offers.offer(zalo, first);
        assertThat(offers.numbered(zalo, 2)).contains(new Option("Lệ phí", "tt:a:fees"));
        assertThat(offers.numbered(zalo, 3)).isEmpty();
        assertThat(offers.numbered(zalo, 0)).isEmpty();
        assertThat(offers.numbered(new ConversationKey(Channel.SMS, zalo.sender()), 1)).isEmpty();

        offers.offer(zalo, List.of(new Option("Thời hạn", "tt:b:time")));
        assertThat(offers.numbered(zalo, 1)).contains(new Option("Thời hạn", "tt:b:time"));
        assertThat(offers.numbered(zalo, 2)).isEmpty();
        offers.offer(zalo, List.of());
        assertThat(offers.numbered(zalo, 1)).isEmpty();
    }

    @Test
    void an_old_offer_is_forgotten() {
        OfferedOptions offers = offers();
        offers.offer(zalo, first);
        clock.advance(TTL.plusMinutes(1));
        assertThat(offers.numbered(zalo, 1)).isEmpty();
    }
}
