package vn.motcua.adapters.postal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation works with the post office. {@code mode=manual} (default): bookings wait in
 * the admin queue and staff hand them over. {@code mode=partner}: orders go to the postal partner
 * API at {@code partner.base-url} through a persistent outbox. Status updates come back on
 * {@code POST /webhooks/postal}, signed with {@code webhook-secret}.
 */
@ConfigurationProperties("assistant.postal")
record PostalSettings(
        @DefaultValue("manual") Mode mode,
        @DefaultValue("Theo bảng giá dịch vụ bưu chính công ích của Bưu điện; bưu tá báo số tiền khi liên hệ.")
        String postage,
        String webhookSecret,
        @DefaultValue Partner partner,
        @DefaultValue Office office,
        @DefaultValue Outbox outbox) {

    enum Mode { MANUAL, PARTNER }

    /** The postal partner API: where, who we are there (customer code) and the key it gave us. */
    record Partner(URI baseUrl, String customerCode, String apiKey,
                   @DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout) {
    }

    /**
     * The one-stop shop as the post office sees it: where picked-up dossiers go and results come
     * from. Defaults are the demo shop, marked as not real.
     */
    record Office(@DefaultValue("Bộ phận một cửa UBND xã Demo (dữ liệu mẫu)") String name,
                  @DefaultValue("Số 1 đường Mẫu (địa chỉ mẫu)") String address,
                  @DefaultValue("0900000000") String phone,
                  @DefaultValue("Tỉnh Demo") String province,
                  @DefaultValue("Xã Demo") String commune) {
    }

    /** Retries: the first after {@code first-retry}, doubling up to {@code max-retry}, forever (nothing is dropped). */
    record Outbox(@DefaultValue("5s") Duration pollInterval, @DefaultValue("10s") Duration firstRetry,
                  @DefaultValue("30m") Duration maxRetry) {
    }
}
