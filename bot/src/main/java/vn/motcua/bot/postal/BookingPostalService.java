package vn.motcua.bot.postal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.bot.address.AdminUnits;
import vn.motcua.bot.address.Commune;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.flow.Turn;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.postal.BookingDraft.Step;
import vn.motcua.bot.understanding.DossierCode;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.Phrases;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Use case: book the public postal service in the chat. It asks, in turn, for what is missing (the
 * service, the procedure or dossier code, name, phone, address, time), uses whatever the first
 * message already said, shows a recap to confirm, and lets the citizen change any answer ("sửa") or
 * cancel ("hủy") at every step. Confirming places one booking per draft, however often it arrives.
 */
public class BookingPostalService implements Flow {
    public static final String NAME = "postal_booking";
    private static final String CONFIRM = "bc:xac-nhan";
    private static final String CHANGE = Corrections.CHANGE;
    private static final String KIND = "bc:dv:";
    private static final String PROCEDURE = "bc:tt:";
    private static final String COMMUNE = AddressAnswers.COMMUNE;
    private static final String WINDOW = "bc:tg:";
    private static final int MAX_COMMUNE_OPTIONS = 8;
    private static final Phrases YES = Phrases.of(List.of(
            "xác nhận", "đồng ý", "đúng", "đúng rồi", "ok", "oke", "có", "yes", "chính xác", "xn", "chốt"));
    private final Clock clock;
    private final IntentClassifier classifier;
    private final ProcedureCatalog catalog;
    private final AddressAnswers addresses;
    private final TimeWindows windows;
    private final PlacingBooking placing;
    private final Bookings bookings;
    private final BookingRecap recap;
    private final ShopContact shop;

    public BookingPostalService(IntentClassifier classifier, ProcedureCatalog catalog, AdminUnits units,
                                PlacingBooking placing, Bookings bookings, Clock clock, PostalTerms terms,
                                ShopContact shop) {
        this.classifier = classifier;
        this.catalog = catalog;
        this.addresses = new AddressAnswers(units);
        this.windows = new TimeWindows(clock);
        this.clock = clock;
        this.placing = placing;
        this.bookings = bookings;
        this.recap = new BookingRecap(terms);
        this.shop = shop;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Intent intent() {
        return Intent.POSTAL_BOOKING;
    }

    @Override
    public Turn start(Conversation conversation, InboundMessage message, Understanding understanding) {
        String text = message.content();
        BookingDraft d = BookingDraft.begin(conversation, NAME);
        Optional<DossierCode> code = DossierCode.findIn(text);
        Optional<BookingKind> kind = BookingCues.kind(text).or(() -> code.map(c -> BookingKind.DELIVERY));
        if (kind.isPresent()) {
            d = d.with(BookingDraft.KIND, kind.get().name());
        }
        if (code.isPresent()) {
            d = d.with(BookingDraft.DOSSIER, code.get().value());
        }
        Optional<PhoneNumber> phone = PhoneNumber.findIn(text);
        if (phone.isPresent()) {
            d = d.with(BookingDraft.PHONE, phone.get().digits());
        }
        Optional<String> address = BookingCues.address(text);
        if (address.isPresent()) {
            d = addresses.read(d, phone.isPresent() ? PhoneNumber.removeFrom(address.get()) : address.get(), false);
        }
        if (kind.orElse(null) == BookingKind.PICKUP) {
            d = procedureFrom(d, BookingCues.topic(text));
        }
        return ask(d, List.of());
    }

    @Override
    public Turn next(Conversation conversation, InboundMessage message) {
        BookingDraft d = new BookingDraft(conversation);
        String content = d.resolveNumber(message.content().strip());
        if (d.step() == Step.DONE) {
            return afterPlacing(d, content);
        }
        String folded = VietnameseText.fold(content);
        if (Corrections.asked(content, folded)) {
            return change(d, content, folded);
        }
        if ((d.step() == Step.NAME || d.step() == Step.ADDRESS) && !d.has(BookingDraft.PHONE)) {
            // "Nguyễn Văn An 0912345678": the phone given along with the answer asked for
            Optional<PhoneNumber> phone = PhoneNumber.findIn(content);
            if (phone.isPresent()) {
                d = d.with(BookingDraft.PHONE, phone.get().digits());
                content = PhoneNumber.removeFrom(content);
                if (content.isBlank()) {
                    return ask(d, List.of());
                }
            }
        }
        return switch (d.step()) {
            case KIND -> readKind(d, content);
            case PROCEDURE -> readProcedure(d, content);
            case DOSSIER -> readDossier(d, content);
            case NAME -> readName(d, content);
            case PHONE -> readPhone(d, content);
            case ADDRESS, COMMUNE, STREET -> readAddressAnswer(d, content);
            case WINDOW -> readWindow(d, content);
            case CONFIRM -> confirm(d, content, folded);
            case CHANGE -> change(d, content, folded);
            case DONE -> throw new IllegalStateException("handled above");
        };
    }

    /** "Hủy" right after confirming cancels the booking itself while it has not gone to the post office. */
    @Override
    public Turn cancel(Conversation conversation) {
        BookingDraft d = new BookingDraft(conversation);
        Optional<String> placed = d.get(BookingDraft.PLACED);
        if (d.step() != Step.DONE || placed.isEmpty()) {
            return say(conversation.idle(), "Đã hủy đặt dịch vụ bưu chính. Bạn cần hỏi gì khác, cứ nhắn cho tôi nhé.");
        }
        Transition t = bookings.move(placed.get(), new BookingUpdate(BookingState.CANCELLED,
                "Người dân hủy ngay sau khi đặt", null, clock.instant()));
        String text = t instanceof Transition.Moved
                ? "Đã hủy yêu cầu " + placed.get() + ". Bưu điện sẽ không đến."
                : "Yêu cầu " + placed.get() + " đã được chuyển cho bưu điện nên không hủy tự động được. "
                + "Vui lòng gọi " + shop.hotline() + " để hủy.";
        return say(conversation.idle(), text);
    }

    // ---- reading answers

    private Turn readKind(BookingDraft d, String content) {
        Optional<BookingKind> kind = content.startsWith(KIND)
                ? Optional.of(BookingKind.valueOf(content.substring(KIND.length())))
                : BookingCues.kind(content);
        if (kind.isEmpty()) {
            return ask(d, List.of("Xin lỗi, tôi chưa rõ bạn cần dịch vụ nào."));
        }
        return ask(d.with(BookingDraft.KIND, kind.get().name()), List.of());
    }

    private Turn readProcedure(BookingDraft d, String content) {
        if (content.startsWith(PROCEDURE)) {
            return ask(d.with(BookingDraft.PROCEDURE, content.substring(PROCEDURE.length())), List.of());
        }
        Understanding u = classifier.understand(content);
        List<SearchHit> hits = u.intent() == Intent.PROCEDURE ? u.procedures() : List.of();
        Optional<Procedure> named = hits.stream().map(SearchHit::procedure)
                .filter(p -> VietnameseText.fold(p.name()).equals(VietnameseText.fold(content))).findFirst();
        if (named.isPresent()) {
            return ask(d.with(BookingDraft.PROCEDURE, named.get().publicId()), List.of());
        }
        if (u.confidence() == Understanding.Confidence.HIGH && !hits.isEmpty()) {
            return ask(d.with(BookingDraft.PROCEDURE, hits.get(0).procedure().publicId()), List.of());
        }
        if (hits.isEmpty()) {
            return ask(d, List.of("Tôi chưa tìm thấy thủ tục này. Bạn thử ghi tên thủ tục khác đi, "
                    + "ví dụ: \"đăng ký khai sinh\", \"chứng thực bản sao\"."));
        }
        List<Option> options = hits.stream().limit(3)
                .map(h -> new Option(h.procedure().name(), PROCEDURE + h.procedure().publicId())).toList();
        return turn(d.at(Step.PROCEDURE, options), Reply.withOptions("Bạn nộp hồ sơ cho thủ tục nào dưới đây?", options));
    }

    private Turn readDossier(BookingDraft d, String content) {
        Optional<DossierCode> code = DossierCode.findIn(content);
        if (code.isEmpty()) {
            return ask(d, List.of("Mã hồ sơ chưa đúng dạng. Mã in trên giấy tiếp nhận, "
                    + "ví dụ 000.17.22.H56-210531-0001."));
        }
        return ask(d.with(BookingDraft.DOSSIER, code.get().value()), List.of());
    }

    private Turn readName(BookingDraft d, String content) {
        String name = VietnameseText.nfc(content).replaceAll("\\s+", " ").strip()
                .replaceFirst("(?iu)^(?:tôi tên là|tên tôi là|tên là|tôi là|em là|mình là|toi ten la|ten toi la|ten la|toi la|em la|minh la)\\s+", "");
        if (name.length() < 2 || name.length() > 70 || !name.matches("[\\p{L}\\p{M} .'-]+")) {
            return ask(d, List.of("Họ tên chỉ gồm chữ cái, ví dụ: Nguyễn Văn An."));
        }
        return ask(d.with(BookingDraft.NAME, name), List.of());
    }

    private Turn readPhone(BookingDraft d, String content) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(content).or(() -> PhoneNumber.findIn(content));
        if (phone.isEmpty()) {
            return ask(d, List.of("Số điện thoại chưa đúng. Vui lòng nhập số di động 10 chữ số, "
                    + "ví dụ 0912 345 678 hoặc +84 912 345 678."));
        }
        return ask(d.with(BookingDraft.PHONE, phone.get().digits()), List.of());
    }

    private Turn readAddressAnswer(BookingDraft d, String content) {
        AddressAnswers.Answer answer = addresses.answer(d, content);
        return ask(answer.draft(), answer.understood() ? List.of() : List.of("Tôi chưa nhận ra phường/xã trong địa chỉ này."));
    }

    private Turn readWindow(BookingDraft d, String content) {
        Optional<TimeWindow> w = content.startsWith(WINDOW)
                ? TimeWindow.parse(content.substring(WINDOW.length()))
                : windows.read(content);
        if (w.isEmpty() || !windows.acceptable(w.get())) {
            return ask(d, List.of("Bạn chọn một khung giờ dưới đây, hoặc ghi như \"sáng mai\", \"chiều thứ 6\" "
                    + "(từ ngày mai, trong vòng 2 tuần, trừ Chủ nhật)."));
        }
        return ask(d.with(BookingDraft.WINDOW, w.get().value()), List.of());
    }

    private Turn confirm(BookingDraft d, String content, String folded) {
        if (!content.equals(CONFIRM) && !(YES.foundIn(folded) && folded.length() <= 30)) {
            return ask(d, List.of("Bạn chọn Xác nhận để gửi yêu cầu, Sửa thông tin để thay đổi, hoặc Hủy."));
        }
        Optional<BookingRequest> request = request(d);
        if (request.isEmpty()) {
            return recap(d, "");
        }
        Placement placement = placing.place(request.get());
        Booking b = placement.booking();
        String text = "Đã ghi nhận yêu cầu của bạn. Mã đặt dịch vụ: " + b.reference() + ".\n"
                + "Bưu điện sẽ gọi số " + b.request().phone().display() + " để hẹn trước khi đến"
                + (b.request().kind() == BookingKind.PICKUP ? " nhận hồ sơ" : " giao kết quả")
                + ". Tôi sẽ báo bạn khi yêu cầu được xử lý. Muốn hủy ngay, nhắn HỦY.";
        BookingDraft done = d.with(BookingDraft.PLACED, b.reference()).at(Step.DONE, List.of());
        return turn(done, Reply.text(text));
    }

    /** After confirming: a repeated confirmation gets the same reference; anything else is a new request. */
    private Turn afterPlacing(BookingDraft d, String content) {
        String folded = VietnameseText.fold(content);
        if (content.equals(CONFIRM) || (YES.foundIn(folded) && folded.length() <= 30)) {
            // stay at DONE: a third tap (or a webhook delivered again) still names the booking, and HỦY still cancels it
            return turn(d, Reply.text("Yêu cầu của bạn đã được ghi nhận, mã "
                    + d.get(BookingDraft.PLACED).orElse("") + ". Bạn không cần xác nhận lại."));
        }
        if (Corrections.asked(content, folded)) {
            return turn(d, Reply.text("Yêu cầu " + d.get(BookingDraft.PLACED).orElse("") + " đã được gửi. "
                    + "Muốn thay đổi, bạn nhắn HỦY rồi đặt lại."));
        }
        return Turn.handBack(d.conversation());
    }

    private Turn change(BookingDraft d, String content, String folded) {
        Optional<BookingDraft> cleared = Corrections.clear(d, content, folded);
        if (cleared.isPresent()) {
            return ask(cleared.get(), List.of());
        }
        List<Option> options = Corrections.options(d);
        return turn(d.at(Step.CHANGE, options), Reply.withOptions("Bạn muốn sửa thông tin nào?", options));
    }

    // ---- asking for what is missing

    private Turn ask(BookingDraft d, List<String> before) {
        String prefix = before.isEmpty() ? "" : String.join(" ", before) + "\n";
        Optional<BookingKind> kind = d.kind();
        if (kind.isEmpty()) {
            List<Option> options = List.of(new Option(BookingKind.PICKUP.label(), KIND + BookingKind.PICKUP.name()),
                    new Option(BookingKind.DELIVERY.label(), KIND + BookingKind.DELIVERY.name()));
            return turn(d.at(Step.KIND, options), Reply.withOptions(prefix
                    + "Tôi giúp bạn đặt dịch vụ bưu chính công ích. Bạn cần bưu điện đến nhận hồ sơ để nộp, "
                    + "hay mang kết quả hồ sơ đến nhà?", options));
        }
        if (kind.get() == BookingKind.PICKUP && !d.has(BookingDraft.PROCEDURE)) {
            return question(d, Step.PROCEDURE, prefix + "Bạn nộp hồ sơ cho thủ tục nào? Ví dụ: đăng ký khai sinh.");
        }
        if (kind.get() == BookingKind.DELIVERY && !d.has(BookingDraft.DOSSIER)) {
            return question(d, Step.DOSSIER, prefix + "Bạn cho biết mã hồ sơ in trên giấy tiếp nhận "
                    + "(ví dụ 000.17.22.H56-210531-0001).");
        }
        if (!d.has(BookingDraft.NAME)) {
            return question(d, Step.NAME, prefix + "Họ và tên người liên hệ là gì?");
        }
        if (!d.has(BookingDraft.PHONE)) {
            return question(d, Step.PHONE, prefix + "Số điện thoại di động để bưu tá liên hệ?");
        }
        if (!d.has(BookingDraft.COMMUNE)) {
            List<Commune> candidates = addresses.candidates(d);
            if (!candidates.isEmpty()) {
                String several = prefix + "Có " + candidates.size() + " phường/xã mang tên này. ";
                if (candidates.size() > MAX_COMMUNE_OPTIONS) {
                    return question(d, Step.COMMUNE, several + "Bạn ở tỉnh/thành phố nào?");
                }
                List<Option> options = candidates.stream().map(c -> new Option(c.fullName(), COMMUNE + c.code())).toList();
                return turn(d.at(Step.COMMUNE, options), Reply.withOptions(several
                        + "Bạn ở đâu? (chọn một, hoặc ghi tên tỉnh/thành phố)", options));
            }
            if (d.has(BookingDraft.STREET) || d.has(BookingDraft.PROVINCE)) {
                String where = addresses.province(d)
                        .map(p -> "Bạn ở phường/xã nào của " + p.fullName() + "?")
                        .orElse("Bạn ở phường/xã nào, tỉnh/thành phố nào? Ví dụ: phường Hà Đông, Hà Nội.");
                return question(d, Step.COMMUNE, prefix + where);
            }
            return question(d, Step.ADDRESS, prefix + "Địa chỉ để bưu tá đến: số nhà, đường (thôn, xóm), "
                    + "phường/xã, tỉnh/thành phố? Ví dụ: số 12 ngõ 45 Trần Phú, phường Hà Đông, Hà Nội.");
        }
        if (!d.has(BookingDraft.STREET)) {
            return question(d, Step.STREET, prefix + "Số nhà, tên đường (hoặc thôn, xóm, ấp) là gì?");
        }
        if (!d.has(BookingDraft.WINDOW)) {
            List<Option> options = windows.offered().stream().map(w -> new Option(w.label(), WINDOW + w.value())).toList();
            return turn(d.at(Step.WINDOW, options), Reply.withOptions(prefix + "Bạn muốn bưu tá đến lúc nào?", options));
        }
        return recap(d, prefix);
    }

    private Turn recap(BookingDraft d, String prefix) {
        Optional<BookingRequest> request = request(d);
        if (request.isEmpty()) { // a slot no longer resolves (e.g. the procedure was removed): ask again
            return ask(d.without(BookingDraft.PROCEDURE, BookingDraft.COMMUNE), List.of());
        }
        List<Option> options = List.of(new Option("Xác nhận", CONFIRM), new Option("Sửa thông tin", CHANGE),
                new Option("Hủy", "hủy"));
        Optional<Procedure> procedure = d.get(BookingDraft.PROCEDURE).flatMap(catalog::find);
        return turn(d.at(Step.CONFIRM, options),
                Reply.withOptions(prefix + recap.write(request.get(), procedure,
                        d.conversation().key().channel() == Channel.SMS), options));
    }

    // ---- helpers

    /** The pickup's procedure when the first message names it clearly ("lấy hồ sơ khai sinh"). */
    private BookingDraft procedureFrom(BookingDraft d, String topic) {
        if (topic.split(" ").length < 2) {
            return d;
        }
        Understanding u = classifier.understand(topic);
        if (u.intent() == Intent.PROCEDURE && u.confidence() == Understanding.Confidence.HIGH) {
            return d.with(BookingDraft.PROCEDURE, u.procedures().get(0).procedure().publicId());
        }
        return d;
    }

    private Optional<BookingRequest> request(BookingDraft d) {
        BookingKind kind = d.kind().orElseThrow();
        Optional<Procedure> procedure = d.get(BookingDraft.PROCEDURE).flatMap(catalog::find);
        Optional<PostalAddress> address = addresses.address(d);
        if ((kind == BookingKind.PICKUP && procedure.isEmpty()) || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BookingRequest(d.draftId(), kind,
                procedure.map(Procedure::publicId).orElse(null), procedure.map(Procedure::name).orElse(null),
                d.get(BookingDraft.DOSSIER).map(DossierCode::new).orElse(null),
                d.get(BookingDraft.NAME).orElseThrow(), new PhoneNumber(d.get(BookingDraft.PHONE).orElseThrow()), address.get(),
                TimeWindow.parse(d.get(BookingDraft.WINDOW).orElseThrow()).orElseThrow(), d.conversation().key()));
    }

    private static Turn question(BookingDraft d, Step step, String text) {
        return turn(d.at(step, List.of()), Reply.text(text));
    }

    private static Turn turn(BookingDraft d, Reply reply) {
        return new Turn(d.conversation(), List.of(reply), Intent.POSTAL_BOOKING);
    }

    private static Turn say(Conversation c, String text) {
        return new Turn(c, List.of(Reply.text(text)), Intent.POSTAL_BOOKING);
    }
}
