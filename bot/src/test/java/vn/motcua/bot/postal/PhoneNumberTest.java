package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678",
            "+84 912 345 678", "84912345678", "(+84) 912 345 678"})
    void reads_the_ways_a_mobile_number_is_written(String typed) {
        assertThat(PhoneNumber.parse(typed)).map(PhoneNumber::digits).contains("0912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0326123456", "0523456789", "0703456789", "0812345678", "0987654321", "0359999999"})
    void accepts_every_mobile_prefix(String typed) {
        assertThat(PhoneNumber.parse(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "09123456789", "0112345678", "0212345678", "02438251234", "0612345678",
            "1912345678", "+85912345678", "09a2345678", "", "không có"})
    void refuses_short_long_landline_and_unknown_prefixes(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }

    @Test
    void finds_the_number_inside_a_message_and_reads_it_back_grouped() {
        assertThat(PhoneNumber.findIn("đặt bưu điện, sđt của tôi là 0987 654 321 nhé"))
                .map(PhoneNumber::display).contains("0987 654 321");
        assertThat(PhoneNumber.findIn("hồ sơ 000.17.22.H56-210531-0001")).isEmpty();
    }
}
