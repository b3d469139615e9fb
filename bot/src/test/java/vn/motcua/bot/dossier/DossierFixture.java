package vn.motcua.bot.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.DossierCode;

/**
 * The dossier part of the assistant with in-memory ports, a recording Telegram channel, and "today" fixed
 * at 15/11/2025 (Vietnam time).
 */
final class DossierFixture {
    static final Instant NOW = Instant.parse("2025-11-15T03:00:00Z");
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryDossierStore store = new InMemoryDossierStore();
    final InMemoryLookupAttempts attempts = new InMemoryLookupAttempts(LookupLimits.defaults(), clock);
    final InMemoryLookupAudit audit = new InMemoryLookupAudit(100);
    final InMemorySubscriptions subscriptions = new InMemorySubscriptions(List.of());
    final RecordingChannel telegram = new RecordingChannel(Channel.TELEGRAM);
    final NotifyingSubscribers notifying = new NotifyingSubscribers(subscriptions, List.of(telegram), Runnable::run);
    final RecordingDossierUpdate updates = new RecordingDossierUpdate(store, notifying);
    final LookingUpDossier flow = new LookingUpDossier(store::find, attempts, audit,
            new DossierReport(ConversationHarness.catalog(ConversationHarness.knowledge()), ConversationHarness.SHOP, clock),
            new FollowingDossier(subscriptions, attempts, notifying, clock), ConversationHarness.SHOP, clock);

    static Dossier dossier(String code, DossierStatus status, String phone, String idNumber) {
        return new Dossier(new DossierCode(code), status, "ho-tich.khai-sinh", phone, idNumber, "Nguyễn Văn Thử",
                null, null, OffsetDateTime.of(2025, 11, 3, 8, 30, 0, 0, VN),
                OffsetDateTime.of(2025, 11, 20, 17, 0, 0, 0, VN));
    }

    static Dossier dossier(String code, DossierStatus status) {
        return dossier(code, status, "0912345678", "001203004321");
    }

    ConversationHarness web() {
        return ConversationHarness.on(Channel.WEB, "web-visitor", flow);
    }

    ConversationHarness telegram(String chatId) {
        return ConversationHarness.on(Channel.TELEGRAM, chatId, flow);
    }

    /** An outbound channel that keeps what it was asked to send. */
    static final class RecordingChannel implements OutboundChannel {
        private final Channel channel;
        final List<Sent> sent = new CopyOnWriteArrayList<>();

        RecordingChannel(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public void send(String recipient, List<Reply> replies) {
            sent.add(new Sent(recipient, new ArrayList<>(replies)));
        }

        record Sent(String recipient, List<Reply> replies) {
            String text() {
                return String.join("\n", replies.stream().map(Reply::text).toList());
            }
        }
    }
}
