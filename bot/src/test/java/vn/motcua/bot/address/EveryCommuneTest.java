package vn.motcua.bot.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Every commune of the seed list, typed as citizens would write it after a street, is recognised:
 * with diacritics exactly; without diacritics unless two communes of one province fold alike
 * ("Tân Thành" and "Tân Thạnh"), where the citizen is asked to choose between them.
 */
class EveryCommuneTest {
    private static final AdminUnits UNITS = AdminUnitsFixture.seeds();

    @Test
    void every_commune_is_found_with_diacritics_and_without() {
        List<String> missedAccented = new ArrayList<>();
        List<String> missedFolded = new ArrayList<>();
        int offeredAmongFew = 0;
        int total = 0;
        for (int code = 1; code <= 99_999; code++) {
            Optional<Commune> c = UNITS.commune(String.format("%05d", code));
            if (c.isEmpty()) {
                continue;
            }
            total++;
            String typed = "số 7 đường Số 3, " + c.get().fullName();
            if (!UNITS.read(typed, Optional.empty()).commune().equals(c)) {
                missedAccented.add(c.get().fullName());
            }
            AddressReading folded = UNITS.read(VietnameseText.fold(typed), Optional.empty());
            if (!folded.commune().equals(c)) {
                if (folded.communes().contains(c.get())) {
                    offeredAmongFew++;
                } else {
                    missedFolded.add(c.get().fullName());
                }
            }
        }
        System.out.printf("communes %d, missed with diacritics %d, without: exact %d, offered among several %d, missed %d%n",
                total, missedAccented.size(), total - offeredAmongFew - missedFolded.size(), offeredAmongFew,
                missedFolded.size());
        assertThat(total).isEqualTo(UNITS.communeCount());
        assertThat(missedAccented).isEmpty();
        assertThat(missedFolded).isEmpty();
        assertThat(offeredAmongFew).isLessThan(total / 100);
    }
}
