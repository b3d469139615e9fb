package vn.motcua.bot.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminUnitsTest {
    private static final AdminUnits UNITS = AdminUnitsFixture.seeds();

    @Test
    void loads_the_34_provinces_and_every_commune() {
        assertThat(UNITS.provinceCount()).isEqualTo(34);
        assertThat(UNITS.communeCount()).isBetween(3300, 3350);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Số 12 ngõ 45 Trần Phú, phường Hà Đông, Hà Nội | Phường Hà Đông, Thành phố Hà Nội | Số 12 ngõ 45 Trần Phú",
        "so 12 ngo 45 tran phu, p ha dong, ha noi | Phường Hà Đông, Thành phố Hà Nội | so 12 ngo 45 tran phu",
        "SỐ 12 NGÕ 45 TRẦN PHÚ PHƯỜNG HÀ ĐÔNG TP HÀ NỘI | Phường Hà Đông, Thành phố Hà Nội | SỐ 12 NGÕ 45 TRẦN PHÚ",
        "123 Lê Lợi, phường Bến Thành, tp hcm | Phường Bến Thành, Thành phố Hồ Chí Minh | 123 Lê Lợi",
        "123 le loi p.ben thanh tphcm | Phường Bến Thành, Thành phố Hồ Chí Minh | 123 le loi",
        "12 Trần Phú, Hà Đông, ha noi | Phường Hà Đông, Thành phố Hà Nội | 12 Trần Phú",
        "thôn Đông, xã Tân Thành, tỉnh Lâm Đồng | Xã Tân Thành, Tỉnh Lâm Đồng | thôn Đông",
        "Khu 3, phường Dĩ An, Bình Dương | Phường Dĩ An, Thành phố Hồ Chí Minh | Khu 3",
        "số 5, Lào Cai, Lào Cai | Phường Lào Cai, Tỉnh Lào Cai | số 5",
        "8 Láng Hạ, phường Láng, Hà Nội | Phường Láng, Thành phố Hà Nội | 8 Láng Hạ",
        "ấp 2 dac khu phu quoc an giang | Đặc khu Phú Quốc, Tỉnh An Giang | ấp 2",
    })
    void recognises_commune_province_and_street(String typed, String commune, String street) {
        AddressReading r = UNITS.read(typed, Optional.empty());
        assertThat(r.commune()).map(Commune::fullName).contains(commune);
        assertThat(r.province()).map(Province::code).contains(r.commune().orElseThrow().provinceCode());
        assertThat(r.street()).isEqualTo(street);
    }

    @Test
    void decomposed_unicode_from_old_keyboards_reads_the_same() {
        String nfd = Normalizer.normalize("phường Hà Đông, Hà Nội", Normalizer.Form.NFD);
        assertThat(UNITS.read(nfd, Optional.empty()).commune()).map(Commune::fullName)
                .contains("Phường Hà Đông, Thành phố Hà Nội");
    }

    @Test
    void a_commune_name_shared_by_several_provinces_stays_open_until_the_province_is_known() {
        AddressReading r = UNITS.read("xã Tân Thành", Optional.empty());
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.communes()).allMatch(c -> c.name().equals("Tân Thành")).hasSize(9);
        assertThat(r.province()).isEmpty();

        AddressReading unaccented = UNITS.read("xa tan thanh", Optional.empty());
        assertThat(unaccented.communes()).hasSizeGreaterThan(9); // Tân Thạnh folds alike

        Province laoCai = UNITS.province("09").orElseThrow();
        assertThat(UNITS.readCommuneAnswer("Trần Phú", Optional.empty()).communes()).hasSize(4);
        assertThat(UNITS.read("xã Trần Phú", Optional.of(UNITS.province("01").orElseThrow())).commune())
                .map(Commune::fullName).contains("Xã Trần Phú, Thành phố Hà Nội");
        assertThat(UNITS.readCommuneAnswer("Trần Phú", Optional.of(laoCai)).communes()).isEmpty();
    }

    @Test
    void a_bare_name_in_a_street_address_is_a_street_not_a_commune() {
        AddressReading r = UNITS.read("số 12 ngõ 45 Trần Phú", Optional.empty());
        assertThat(r.communes()).isEmpty();
        assertThat(r.province()).isEmpty();
        assertThat(r.street()).isEqualTo("số 12 ngõ 45 Trần Phú");
    }

    @Test
    void the_province_known_earlier_decides_a_bare_commune_answer() {
        Province haiPhong = UNITS.province("05").orElseThrow();
        assertThat(UNITS.readCommuneAnswer("ha dong", Optional.of(haiPhong)).commune())
                .map(Commune::fullName).contains("Xã Hà Đông, Thành phố Hải Phòng");
    }

    @ParameterizedTest
    @CsvSource({"tp hcm, 30", "TPHCM, 30", "Sài Gòn, 30", "ha noi, 01", "Hà Nội, 01", "thanh pho hue, 04",
            "Thừa Thiên Huế, 04", "tinh bac giang, 10", "Quảng Nam, 12", "ba ria vung tau, 30"})
    void recognises_a_province_alone(String typed, String code) {
        AddressReading r = UNITS.read("thôn 3, " + typed, Optional.empty());
        assertThat(r.province()).map(Province::code).contains(code);
        assertThat(r.street()).isEqualTo("thôn 3");
    }
}
