package vn.motcua.adapters.postal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingKind;
import vn.motcua.bot.postal.BookingRequest;

/**
 * The order as the postal partner API receives it (fields as provincial systems send them: customer
 * code, order number = dossier code, COD amount, sender and receiver, description). For a pickup the
 * citizen sends and the one-stop shop receives; for a delivery the other way round.
 */
record PostalOrder(String customerCode, String orderNumber, String clientReference, String service, long codAmount,
                   Party sender, Party receiver, String description, Window window) {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record Party(String name, String address, String phone, String province, String commune) {
    }

    record Window(ZonedDateTime from, ZonedDateTime to) {
    }

    static PostalOrder of(Booking b, PostalSettings settings) {
        BookingRequest r = b.request();
        Party citizen = new Party(r.fullName(), r.address().street(), r.phone().digits(),
                r.address().province().fullName(), r.address().commune().nameWithType());
        PostalSettings.Office o = settings.office();
        Party office = new Party(o.name(), o.address(), o.phone(), o.province(), o.commune());
        boolean pickup = r.kind() == BookingKind.PICKUP;
        String orderNumber = r.dossierCode() != null ? r.dossierCode().value() : b.reference();
        String description = pickup
                ? "Nhận hồ sơ thủ tục " + r.procedureName() + " tại nhà, chuyển đến " + o.name()
                : "Trả kết quả hồ sơ " + orderNumber + " tại nhà";
        Window window = new Window(
                ZonedDateTime.of(LocalDateTime.of(r.window().day(), r.window().part().from()), VIETNAM),
                ZonedDateTime.of(LocalDateTime.of(r.window().day(), r.window().part().to()), VIETNAM));
        return new PostalOrder(settings.partner().customerCode(), orderNumber, b.reference(),
                pickup ? "PICKUP" : "DELIVERY", 0, pickup ? citizen : office, pickup ? office : citizen,
                description, window);
    }
}
