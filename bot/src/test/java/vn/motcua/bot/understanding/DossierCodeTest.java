package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "000.00.21.H42-251103-0012",
        "000.00.21.h42-251103-0012",
        "000 00 21 H42 251103 0012",
        "000.00.21.H42 - 251103 - 0012",
        "0000021H422511030012",
        "000.00.21.H42.251103.0012",
        "hồ sơ 000.00.21.H42-251103-0012 của tôi đến đâu rồi ạ",
        "mã hs:000.00.21.h42-251103-0012, xin cảm ơn",
        "https://dichvucong.example.gov.vn/tra-cuu?maHoSo=000.00.21.H42-251103-0012&src=qr",
        "https://dichvucong.example.gov.vn/tra-cuu?maHoSo=000%2E00%2E21%2EH42-251103-0012",
        "https://dichvucong.example.gov.vn/hoso/000.00.21.H42-251103-0012/ket-qua",
    })
    void reads_the_full_form_however_it_is_typed(String text) {
        assertThat(DossierCode.findIn(text)).map(DossierCode::value).contains("000.00.21.H42-251103-0012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H42.19-251103-0012", "h42 19 251103 0012", "h4219 2511030012", "mã H42.19-251103-0012 ạ"})
    void reads_the_short_form(String text) {
        assertThat(DossierCode.findIn(text)).map(DossierCode::value).contains("H42.19-251103-0012");
    }

    @Test
    void keeps_letters_of_the_agency_parts_and_ministry_codes() {
        assertThat(DossierCode.findIn("000.17.22.h56-210531-0001")).map(DossierCode::value)
                .contains("000.17.22.H56-210531-0001");
        assertThat(DossierCode.findIn("000.0A.B2.G12-231027-0361")).map(DossierCode::value)
                .contains("000.0A.B2.G12-231027-0361");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "đăng ký khai sinh cần giấy tờ gì", "0912345678", "số CCCD 001203004567",
        "000.00.21.H42-251399-0012",   // no 99th day of month 13
        "000.00.21.K42-251103-0012",   // the last agency part is H or G
        "000.00.21.H42-251103-00123",  // five-digit counter
        "1.001193",                     // a national procedure code
    })
    void does_not_read_other_numbers_as_codes(String text) {
        assertThat(DossierCode.findIn(text)).isEmpty();
    }

    @Test
    void parse_wants_nothing_but_a_code() {
        assertThat(DossierCode.parse(" 000.00.21.h42-251103-0012 ")).isPresent();
        assertThat(DossierCode.parse("ma 000.00.21.H42-251103-0012")).isEmpty();
    }

    @Test
    void the_rest_of_the_message_stays_readable() {
        assertThat(DossierCode.locate("000.00.21.H42-251103-0012 so cuoi 5678")).get()
                .extracting(DossierCode.Located::rest).asString().contains("5678").doesNotContain("0012");
    }

    @Test
    void only_canonical_values_make_a_code() {
        assertThatThrownBy(() -> new DossierCode("000 00 21 H42 251103 0012")).isInstanceOf(IllegalArgumentException.class);
    }
}
