package vn.motcua.adapters.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.bot.answering.ShopContact;

/**
 * The one-stop shop the assistant speaks for. The defaults are the demo shop of the embedded
 * installation, clearly marked as not real; a province sets {@code assistant.shop.*}.
 */
@ConfigurationProperties("assistant.shop")
record ShopSettings(
        @DefaultValue("Bộ phận một cửa UBND xã Demo (dữ liệu mẫu)") String name,
        @DefaultValue("1900 0000 (số mẫu)") String hotline,
        @DefaultValue("Số 1 đường Mẫu, xã Demo, tỉnh Demo (địa chỉ mẫu)") String address) {

    ShopContact contact() {
        return new ShopContact(name, hotline, address);
    }
}
