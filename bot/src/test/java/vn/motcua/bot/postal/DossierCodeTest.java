package vn.motcua.bot.postal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"000.17.22.H56-210531-0001", "000.17.22.h56-210531-0001", "000 17 22 H56 210531 0001",
            "0001722H562105310001", "mã hồ sơ: 000.17.22.H56 - 210531 - 0001 ạ"})
    void reads_a_dossier_code_however_it_is_typed(String typed) {
        assertThat(DossierCode.findIn(typed)).map(DossierCode::value).contains("000.17.22.H56-210531-0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.17.22.X56-210531-0001", "000.17.22.H56-210531-001", "0912345678", "khai sinh"})
    void ignores_what_is_not_a_dossier_code(String typed) {
        assertThat(DossierCode.findIn(typed)).isEmpty();
    }
}
