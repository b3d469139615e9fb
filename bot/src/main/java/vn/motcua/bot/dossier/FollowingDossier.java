package vn.motcua.bot.dossier;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.DossierCode;
import vn.motcua.bot.understanding.Phrases;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * "Tell me when it moves" and "stop telling me": only a citizen who opened the dossier with its second
 * factor may follow it, and one message stops it.
 */
public class FollowingDossier {
    static final Phrases STOP = Phrases.of(List.of(
            "hủy theo dõi", "ngừng theo dõi", "dừng theo dõi", "bỏ theo dõi", "thôi theo dõi", "không theo dõi",
            "hủy đăng ký theo dõi", "ngừng nhận tin", "ngừng thông báo", "tắt thông báo"));
    static final Phrases FOLLOW = Phrases.of(List.of(
            "theo dõi hồ sơ", "theo dõi", "báo tôi", "báo cho tôi", "thông báo cho tôi", "nhận thông báo"));

    private final Subscriptions subscriptions;
    private final LookupAttempts attempts;
    private final NotifyingSubscribers notifying;
    private final Clock clock;

    public FollowingDossier(Subscriptions subscriptions, LookupAttempts attempts, NotifyingSubscribers notifying,
                            Clock clock) {
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.notifying = notifying;
        this.clock = clock;
    }

    static boolean isStop(String text) {
        return STOP.foundIn(VietnameseText.fold(text));
    }

    static boolean isFollow(String text) {
        String folded = VietnameseText.fold(text);
        return FOLLOW.foundIn(folded) && !STOP.foundIn(folded);
    }

    boolean canOffer(ConversationKey who, Dossier dossier) {
        return notifying.canReach(who.channel()) && !subscriptions.follows(who, dossier.code());
    }

    /** Stops one dossier's notices when the message names a code, else all of the sender's. */
    Reply stop(ConversationKey who, Optional<DossierCode> code) {
        int stopped = code.map(c -> subscriptions.cancel(who, c) ? 1 : 0).orElseGet(() -> subscriptions.cancelAll(who));
        if (stopped == 0) {
            return Reply.text("Bạn chưa đăng ký theo dõi hồ sơ nào" + code.map(c -> " có mã " + c.value()).orElse("")
                    + " trên kênh này.");
        }
        return Reply.text(code.isPresent()
                ? "Đã hủy theo dõi hồ sơ " + code.get().value() + ". Bạn sẽ không nhận thông báo về hồ sơ này nữa."
                : "Đã hủy theo dõi " + stopped + " hồ sơ. Bạn sẽ không nhận thông báo nữa.");
    }

    /** Whether the sender may follow this code now (they opened it recently). */
    boolean mayFollow(ConversationKey who, DossierCode code) {
        return attempts.hasOpened(who, code);
    }

    Reply follow(ConversationKey who, Dossier dossier) {
        if (!notifying.canReach(who.channel())) {
            return Reply.text("Kênh này chưa gửi được thông báo. Bạn có thể nhắn mã hồ sơ để tra cứu bất cứ lúc nào,"
                    + " hoặc theo dõi hồ sơ qua Telegram, Zalo hay SMS.");
        }
        if (dossier.status().closed()) {
            return Reply.text("Hồ sơ " + dossier.code().value() + " đã kết thúc (" + dossier.status().officialName()
                    + "), sẽ không còn thay đổi để thông báo.");
        }
        subscriptions.subscribe(new Subscription(who, dossier.code(), dossier.status(), clock.instant()));
        return Reply.text("Đã đăng ký theo dõi hồ sơ " + dossier.code().value()
                + ". Tôi sẽ nhắn bạn khi hồ sơ đổi trạng thái. Nhắn " + DossierNotice.STOP_COMMAND + " để ngừng.");
    }
}
