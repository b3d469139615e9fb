package vn.motcua.bot.postal;

import java.util.List;
import java.util.Optional;
import vn.motcua.bot.address.AddressReading;
import vn.motcua.bot.address.AdminUnits;
import vn.motcua.bot.address.Commune;
import vn.motcua.bot.address.Province;
import vn.motcua.bot.postal.BookingDraft.Step;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Puts what the citizen typed about their address into the draft: street details, province and
 * commune, or the communes a name can mean while they have not said which.
 */
final class AddressAnswers {
    /** Option values picking a commune: {@code bc:xa:<code>}. */
    static final String COMMUNE = "bc:xa:";

    private final AdminUnits units;

    AddressAnswers(AdminUnits units) {
        this.units = units;
    }

    /** The draft after an answer at the address, commune or street step; {@code understood} is false when nothing was recognised. */
    record Answer(BookingDraft draft, boolean understood) {
    }

    Answer answer(BookingDraft d, String content) {
        if (content.startsWith(COMMUNE)) {
            Optional<Commune> c = units.commune(content.substring(COMMUNE.length()));
            if (c.isPresent()) {
                return new Answer(withCommune(d, c.get()), true);
            }
        }
        if (d.step() == Step.STREET) {
            return new Answer(d.with(BookingDraft.STREET, streetOnly(content)), true);
        }
        List<Commune> offered = candidates(d);
        BookingDraft read = read(d.withCandidates(List.of()), content, d.step() == Step.COMMUNE);
        Optional<String> province = read.get(BookingDraft.PROVINCE);
        if (!read.has(BookingDraft.COMMUNE) && !offered.isEmpty() && province.isPresent()) {
            // the citizen answered "which commune?" with the province: pick among those offered
            List<Commune> inProvince = offered.stream().filter(c -> c.provinceCode().equals(province.get())).toList();
            if (inProvince.size() == 1) {
                return new Answer(withCommune(read, inProvince.get(0)), true);
            }
        }
        boolean understood = read.has(BookingDraft.COMMUNE) || !read.candidates().isEmpty();
        return new Answer(understood ? read : read.with(BookingDraft.STEP, Step.COMMUNE.name()), understood);
    }

    /**
     * Reads an address into the draft. A bare name with nothing before it ("Hà Đông") is taken as a
     * commune; within a longer address it could as well be a street, so there it needs "phường",
     * "xã" or a province.
     */
    BookingDraft read(BookingDraft d, String text, boolean answeringCommune) {
        Optional<Province> known = province(d);
        AddressReading r = answeringCommune ? units.readCommuneAnswer(text, known) : units.read(text, known);
        if (!answeringCommune && r.communes().isEmpty()) {
            AddressReading bare = units.readCommuneAnswer(text, known);
            if (!bare.communes().isEmpty() && streetOnly(bare.street()).isBlank()) {
                r = bare;
            }
        }
        String street = streetOnly(r.street());
        if (!street.isBlank()) {
            d = d.with(BookingDraft.STREET, street);
        }
        if (r.province().isPresent()) {
            d = d.with(BookingDraft.PROVINCE, r.province().get().code());
        }
        if (r.commune().isPresent()) {
            return withCommune(d, r.commune().get());
        }
        return r.ambiguous() ? d.withCandidates(r.communes().stream().map(Commune::code).toList()) : d;
    }

    List<Commune> candidates(BookingDraft d) {
        return d.candidates().stream().flatMap(code -> units.commune(code).stream()).toList();
    }

    Optional<Province> province(BookingDraft d) {
        return d.get(BookingDraft.PROVINCE).flatMap(units::province);
    }

    /** The full address once street and commune are known. */
    Optional<PostalAddress> address(BookingDraft d) {
        Optional<Commune> commune = d.get(BookingDraft.COMMUNE).flatMap(units::commune);
        Optional<Province> province = commune.flatMap(c -> units.province(c.provinceCode()));
        Optional<String> street = d.get(BookingDraft.STREET);
        if (province.isEmpty() || street.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(street.get(), commune.get(), province.get()));
    }

    private static BookingDraft withCommune(BookingDraft d, Commune c) {
        return d.with(BookingDraft.COMMUNE, c.code()).with(BookingDraft.PROVINCE, c.provinceCode())
                .withCandidates(List.of());
    }

    /** Street details without the words that introduce them ("nhà tôi ở", "địa chỉ:"). */
    static String streetOnly(String text) {
        return VietnameseText.nfc(text).replaceFirst("(?iu)^(?:nhà (?:tôi|em|mình) ở|nha (?:toi|em|minh) o|"
                + "địa chỉ|dia chi|tôi ở|toi o|em ở|em o|ở|tại)\\s*:?\\s*", "").strip();
    }
}
