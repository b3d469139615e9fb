package vn.motcua.bot.dossier;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.flow.Turn;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.DossierCode;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.Understanding;

/**
 * "Hồ sơ của tôi đến đâu rồi?": asks for the dossier code if the message has none, then for the second
 * factor, and shows the status only when both match. An unknown code and a wrong factor get the same
 * answer; wrong tries are limited per sender and per code; every try is audited. Also takes "follow this
 * dossier" and "stop following" messages.
 */
public class LookingUpDossier implements Flow {
    public static final String NAME = "dossier-lookup";
    private static final String STEP = "step";
    private static final String CODE = "code";
    private static final String MISSES = "misses";
    private static final String AWAITING_CODE = "code";
    private static final String AWAITING_FACTOR = "factor";
    private static final int MISSES_BEFORE_LEAVING = 2;

    private final DossierRegistry registry;
    private final LookupAttempts attempts;
    private final LookupAudit audit;
    private final DossierReport report;
    private final FollowingDossier following;
    private final ShopContact shop;
    private final Clock clock;

    public LookingUpDossier(DossierRegistry registry, LookupAttempts attempts, LookupAudit audit, DossierReport report,
                            FollowingDossier following, ShopContact shop, Clock clock) {
        this.registry = registry;
        this.attempts = attempts;
        this.audit = audit;
        this.report = report;
        this.following = following;
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Intent intent() {
        return Intent.DOSSIER_STATUS;
    }

    /** "HỦY THEO DÕI" stops notices; it is not a plain "hủy" of whatever is in progress. */
    @Override
    public boolean ownsCommand(String text) {
        return FollowingDossier.isStop(text);
    }

    @Override
    public Turn start(Conversation conversation, InboundMessage message, Understanding understanding) {
        return handle(conversation.enter(NAME, Map.of()), message);
    }

    @Override
    public Turn next(Conversation conversation, InboundMessage message) {
        return handle(conversation, message);
    }

    private Turn handle(Conversation conversation, InboundMessage message) {
        String text = message.content();
        ConversationKey who = message.conversationKey();
        Optional<DossierCode.Located> located = DossierCode.locate(text);
        Optional<DossierCode> code = located.map(DossierCode.Located::code);
        if (FollowingDossier.isStop(text)) {
            return leave(conversation, following.stop(who, code));
        }
        if (code.isPresent() && FollowingDossier.isFollow(text)) {
            return follow(conversation, message, code.get());
        }
        if (code.isPresent()) {
            Optional<SecondFactor> factor = SecondFactor.readFrom(located.get().rest());
            return factor.isPresent()
                    ? open(conversation, message, code.get(), factor.get())
                    : askFactor(conversation, code.get());
        }
        Optional<String> awaitedCode = conversation.slot(CODE);
        if (conversation.slot(STEP).filter(AWAITING_FACTOR::equals).isPresent() && awaitedCode.isPresent()) {
            Optional<SecondFactor> factor = SecondFactor.readFrom(text);
            if (factor.isPresent()) {
                return open(conversation, message, new DossierCode(awaitedCode.get()), factor.get());
            }
            return missed(conversation, "Bạn vui lòng nhắn 4 chữ số cuối số điện thoại hoặc số định danh của người"
                    + " nộp hồ sơ, ví dụ: 1234. Nhắn HỦY để dừng tra cứu.");
        }
        if (conversation.slot(STEP).isEmpty()) {
            return stay(conversation.with(STEP, AWAITING_CODE), Reply.text(
                    "Bạn vui lòng nhắn mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ:"
                            + " 000.00.21.H42-251103-0012. Nếu giấy có mã QR, bạn có thể quét mã rồi dán đường dẫn"
                            + " vào đây."));
        }
        return missed(conversation, "Tôi chưa đọc được mã hồ sơ. Mã có dạng 000.00.21.H42-251103-0012 (in trên giấy"
                + " tiếp nhận). Nhắn HỦY để dừng tra cứu.");
    }

    private Turn askFactor(Conversation conversation, DossierCode code) {
        Conversation waiting = conversation.with(STEP, AWAITING_FACTOR).with(CODE, code.value()).with(MISSES, null);
        return stay(waiting, Reply.text("Để bảo vệ thông tin cá nhân, bạn vui lòng nhắn 4 số cuối số điện thoại hoặc"
                + " số định danh (CCCD) của người nộp hồ sơ " + code.value() + "."));
    }

    private Turn open(Conversation conversation, InboundMessage message, DossierCode code, SecondFactor factor) {
        ConversationKey who = message.conversationKey();
        if (attempts.lockedOut(who, code).isPresent()) {
            return lockedOut(conversation, message, code);
        }
        Optional<Dossier> dossier;
        try {
            dossier = registry.find(code);
        } catch (DossierRegistry.Unavailable e) {
            audit(message, code, LookupAudit.Outcome.UNAVAILABLE);
            return leave(conversation, Reply.text("Hệ thống tra cứu hồ sơ đang bận, bạn vui lòng thử lại sau ít phút"
                    + " hoặc gọi " + shop.hotline() + "."));
        }
        if (dossier.isPresent() && factor.opens(dossier.get())) {
            attempts.opened(who, code);
            audit(message, code, LookupAudit.Outcome.OPENED);
            return leave(conversation, report.write(dossier.get(), following.canOffer(who, dossier.get())));
        }
        attempts.failed(who, code);
        audit(message, code, dossier.isEmpty() ? LookupAudit.Outcome.UNKNOWN_CODE : LookupAudit.Outcome.WRONG_FACTOR);
        if (attempts.lockedOut(who, code).isPresent()) {
            return lockedOut(conversation, message, code);
        }
        // the same words whether the code exists or not: the answer must not tell codes apart
        return stay(conversation.with(STEP, AWAITING_FACTOR).with(CODE, code.value()), Reply.text(
                "Mã hồ sơ hoặc 4 số cuối chưa khớp. Bạn vui lòng kiểm tra lại mã trên giấy tiếp nhận và nhắn lại"
                        + " 4 số cuối số điện thoại hoặc số định danh của người nộp hồ sơ."));
    }

    private Turn lockedOut(Conversation conversation, InboundMessage message, DossierCode code) {
        audit(message, code, LookupAudit.Outcome.LOCKED_OUT);
        Duration left = attempts.lockedOut(message.conversationKey(), code).orElse(Duration.ZERO);
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return leave(conversation, Reply.text("Bạn đã nhập sai quá nhiều lần nên tạm thời chưa tra cứu được hồ sơ này."
                + " Vui lòng thử lại sau khoảng " + minutes + " phút hoặc gọi " + shop.hotline() + "."));
    }

    private Turn follow(Conversation conversation, InboundMessage message, DossierCode code) {
        ConversationKey who = message.conversationKey();
        if (!following.mayFollow(who, code)) {
            return askFactor(conversation, code);
        }
        try {
            Optional<Dossier> dossier = registry.find(code);
            return dossier.map(d -> leave(conversation, following.follow(who, d)))
                    .orElseGet(() -> askFactor(conversation, code));
        } catch (DossierRegistry.Unavailable e) {
            return leave(conversation, Reply.text("Hệ thống tra cứu hồ sơ đang bận, bạn vui lòng thử lại sau ít phút."));
        }
    }

    private Turn missed(Conversation conversation, String prompt) {
        int misses = conversation.slot(MISSES).map(Integer::parseInt).orElse(0) + 1;
        if (misses >= MISSES_BEFORE_LEAVING) {
            return leave(conversation, Reply.text("Tôi dừng tra cứu hồ sơ ở đây. Khi có mã hồ sơ, bạn cứ nhắn lại cho tôi;"
                    + " bạn cũng có thể hỏi tôi về thủ tục hành chính."));
        }
        return stay(conversation.with(MISSES, Integer.toString(misses)), Reply.text(prompt));
    }

    private void audit(InboundMessage message, DossierCode code, LookupAudit.Outcome outcome) {
        audit.record(new LookupAudit.Entry(clock.instant(), message.channel(), message.sender(), code.value(), outcome));
    }

    private static Turn stay(Conversation conversation, Reply reply) {
        return new Turn(conversation, List.of(reply), Intent.DOSSIER_STATUS);
    }

    private static Turn leave(Conversation conversation, Reply reply) {
        return new Turn(conversation.idle(), List.of(reply), Intent.DOSSIER_STATUS);
    }
}
