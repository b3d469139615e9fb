package vn.motcua.bot.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFactorTest {
    private static final Dossier DOSSIER = DossierFixture.dossier(
            "000.00.99.H99-251103-0001", DossierStatus.IN_PROGRESS, "0912 345 678", "001203004321");

    @ParameterizedTest
    @ValueSource(strings = {"5678", "5 6 7 8", "số cuối là 5678 ạ", "0912345678", "+84 912 345 678", "4321", "001203004321"})
    void the_last_four_digits_of_phone_or_id_open_the_dossier(String text) {
        assertThat(SecondFactor.readFrom(text)).hasValueSatisfying(f -> assertThat(f.opens(DOSSIER)).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0912340000", "5677"})
    void other_digits_do_not(String text) {
        assertThat(SecondFactor.readFrom(text)).hasValueSatisfying(f -> assertThat(f.opens(DOSSIER)).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "không nhớ", "567", "56789", "tôi muốn hỏi về thủ tục đăng ký khai sinh 2024"})
    void other_messages_are_not_a_factor(String text) {
        assertThat(SecondFactor.readFrom(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5678"})
    void never_shows_its_digits(String text) {
        assertThat(SecondFactor.readFrom(text).orElseThrow().toString()).doesNotContain("5678");
    }
}
