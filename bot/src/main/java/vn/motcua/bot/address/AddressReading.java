package vn.motcua.bot.address;

import java.util.List;
import java.util.Optional;

/**
 * What was read from a typed address: the province (named, or known before), the communes the text
 * can mean (one when recognised, several when the name exists in more than one province, none when
 * absent) and what came before them: the street details (house number, street, hamlet).
 */
public record AddressReading(Optional<Province> province, List<Commune> communes, String street) {
    public AddressReading {
        communes = List.copyOf(communes);
        street = street == null ? "" : street;
    }

    public Optional<Commune> commune() {
        return communes.size() == 1 ? Optional.of(communes.get(0)) : Optional.empty();
    }

    public boolean ambiguous() {
        return communes.size() > 1;
    }
}
