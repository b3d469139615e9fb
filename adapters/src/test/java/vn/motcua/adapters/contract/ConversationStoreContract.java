package vn.motcua.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;

/**
 * What every {@link ConversationStore} must do, whatever keeps the conversations. Each implementation
 * runs it by extending this class.
 */
public abstract class ConversationStoreContract {
    protected static final Duration TTL = Duration.ofSeconds(2);

    /** A fresh, empty store whose conversations expire after {@code ttl} without a message. */
    protected abstract ConversationStore store(Duration ttl);

    private final ConversationKey alice = new ConversationKey(Channel.WEB, "alice-" + System.nanoTime());

    @Test
    void an_unknown_conversation_is_absent() {
        assertThat(store(TTL).find(alice)).isEmpty();
    }

    @Test
    void keeps_the_flow_and_slots_including_vietnamese_text() {
        ConversationStore store = store(TTL);
        Conversation c = Conversation.start(alice)
                .enter("postal-booking", Map.of("address", "Số 5 ngõ Thổ Quan, Đống Đa", "phone", "0912345678"));
        store.save(c);

        Conversation found = store.find(alice).orElseThrow();
        assertThat(found.key()).isEqualTo(alice);
        assertThat(found.flow()).isEqualTo("postal-booking");
        assertThat(found.slots()).isEqualTo(c.slots());
        assertThat(found.updatedAt()).isEqualTo(c.updatedAt());
    }

    @Test
    void a_later_save_replaces_the_conversation() {
        ConversationStore store = store(TTL);
        Conversation c = Conversation.start(alice).enter("dossier-lookup", Map.of("code", "A1"));
        store.save(c);
        store.save(c.idle());
        Conversation found = store.find(alice).orElseThrow();
        assertThat(found.flow()).isNull();
        assertThat(found.slots()).isEmpty();
    }

    @Test
    void conversations_are_kept_per_channel_and_sender() {
        ConversationStore store = store(TTL);
        ConversationKey sameSenderOnSms = new ConversationKey(Channel.SMS, alice.sender());
        ConversationKey bob = new ConversationKey(Channel.WEB, "bob-" + System.nanoTime());
        store.save(Conversation.start(alice).enter("dossier-lookup", Map.of()));
        store.save(Conversation.start(bob).enter("postal-booking", Map.of()));

        assertThat(store.find(alice).orElseThrow().flow()).isEqualTo("dossier-lookup");
        assertThat(store.find(bob).orElseThrow().flow()).isEqualTo("postal-booking");
        assertThat(store.find(sameSenderOnSms)).isEmpty();
    }

    @Test
    void an_idle_conversation_expires_and_each_message_renews_it() throws InterruptedException {
        ConversationStore store = store(TTL);
        ConversationKey bob = new ConversationKey(Channel.TELEGRAM, "bob-" + System.nanoTime());
        store.save(Conversation.start(alice).enter("dossier-lookup", Map.of()));
        store.save(Conversation.start(bob).enter("dossier-lookup", Map.of()));
        Thread.sleep(TTL.toMillis() * 6 / 10);
        store.save(store.find(bob).orElseThrow().with("code", "B2"));
        Thread.sleep(TTL.toMillis() * 6 / 10);

        assertThat(store.find(alice)).as("idle for longer than the TTL").isEmpty();
        assertThat(store.find(bob)).as("renewed by a message within the TTL").isPresent();
    }
}
