package vn.motcua.bot.postal;

import vn.motcua.bot.address.Commune;
import vn.motcua.bot.address.Province;

/** Where the postal worker goes: street details, and the recognised commune and province. */
public record PostalAddress(String street, Commune commune, Province province) {

    /** "Số 12 ngõ 45 Trần Phú, Phường Hà Đông, Thành phố Hà Nội". */
    public String oneLine() {
        return street + ", " + commune.nameWithType() + ", " + province.fullName();
    }
}
