package vn.motcua.bot.address;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The provinces and communes after 1 July 2025, and the reading of an address as citizens type it:
 * with or without diacritics, "tp hcm", "p. Bến Thành", a former province name. Vietnamese addresses
 * run from small to large (house, street, commune, province), which decides between several
 * candidates: a commune named with its type ("phường", "xã") wins, then the one nearest the end.
 */
public final class AdminUnits {
    private static final Set<String> COMMUNE_TYPES = Set.of("xa", "phuong", "p", "x", "dac khu", "thi tran", "tt");
    private static final Set<String> PROVINCE_TYPES = Set.of("tinh", "tp", "thanh pho", "t");
    /** Everyday spellings of province names, beyond the names themselves. */
    private static final Map<String, List<String>> NICKNAMES = Map.of(
            "Hà Nội", List.of("hn", "hanoi"),
            "Hồ Chí Minh", List.of("hcm", "tphcm", "tp hcm", "sai gon", "saigon", "sg", "hcmc"),
            "Đà Nẵng", List.of("danang"),
            "Huế", List.of("tt hue"));

    private final Map<String, Province> provinces = new LinkedHashMap<>();
    private final Map<String, Commune> communes = new LinkedHashMap<>();
    private final Map<String, Province> provinceNames = new HashMap<>();
    private final Map<String, List<Commune>> communeNames = new HashMap<>();
    private final int longestName;

    public AdminUnits(List<Province> provinceList, List<Commune> communeList, Map<String, String> formerProvinces) {
        provinceList.forEach(p -> {
            provinces.put(p.code(), p);
            provinceNames.put(Words.key(p.name()), p);
        });
        NICKNAMES.forEach((name, nicknames) -> Optional.ofNullable(provinceNames.get(Words.key(name)))
                .ifPresent(p -> nicknames.forEach(n -> provinceNames.putIfAbsent(n, p))));
        formerProvinces.forEach((former, code) -> Optional.ofNullable(provinces.get(code))
                .ifPresent(p -> provinceNames.putIfAbsent(Words.key(former), p)));
        communeList.forEach(c -> {
            communes.put(c.code(), c);
            communeNames.computeIfAbsent(Words.key(c.name()), k -> new ArrayList<>()).add(c);
        });
        longestName = java.util.stream.Stream.concat(provinceNames.keySet().stream(), communeNames.keySet().stream())
                .mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** Reads {@code provinces.csv}, {@code communes.csv} and {@code former-provinces.csv} (the last may be null). */
    public static AdminUnits fromCsv(Reader provinceCsv, Reader communeCsv, Reader formerProvinceCsv) {
        List<Province> ps = CsvRows.read(provinceCsv).stream()
                .map(r -> new Province(r.get("code"), r.get("name"), r.get("fullName"))).toList();
        List<Commune> cs = CsvRows.read(communeCsv).stream()
                .map(r -> new Commune(r.get("code"), r.get("name"), r.get("fullName"), r.get("provinceCode"))).toList();
        Map<String, String> former = new HashMap<>();
        if (formerProvinceCsv != null) {
            CsvRows.read(formerProvinceCsv).forEach(r -> former.put(r.get("formerName"), r.get("provinceCode")));
        }
        return new AdminUnits(ps, cs, former);
    }

    public int provinceCount() {
        return provinces.size();
    }

    public int communeCount() {
        return communes.size();
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code).map(provinces::get);
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code).map(communes::get);
    }

    /** Reads an address; the province hint (known from earlier in the dialogue) applies when none is named. */
    public AddressReading read(String text, Optional<Province> provinceHint) {
        return read(text, provinceHint, false);
    }

    /**
     * Reads an answer to "which commune?": a bare name there means a commune even without "xã" or
     * "phường" before it, which in a whole address could as well be a street ("Trần Phú").
     */
    public AddressReading readCommuneAnswer(String text, Optional<Province> provinceHint) {
        return read(text, provinceHint, true);
    }

    private AddressReading read(String text, Optional<Province> provinceHint, boolean bareNamesAreCommunes) {
        Words words = Words.of(text);
        Optional<Mention<Province>> named = provinceMention(words);
        Optional<Province> province = named.map(Mention::unit).or(() -> provinceHint);
        Optional<Mention<List<Commune>>> commune = communeMention(words, named, province,
                bareNamesAreCommunes || province.isPresent());
        if (commune.isPresent()) {
            List<Commune> found = commune.get().unit();
            Optional<Province> resolved = province.or(() -> found.size() == 1 ? province(found.get(0).provinceCode())
                    : Optional.empty());
            return new AddressReading(resolved, found, street(words, commune.get().from()));
        }
        int streetEnd = named.map(Mention::from).orElse(words.size());
        return new AddressReading(province, List.of(), street(words, streetEnd));
    }

    private Optional<Mention<Province>> provinceMention(Words words) {
        List<Mention<Province>> found = new ArrayList<>();
        for (Span span : spans(words, provinceNames.keySet())) {
            int from = typeBefore(words, span.start(), PROVINCE_TYPES);
            boolean typed = from < span.start();
            if (!typed && typeBefore(words, span.start(), COMMUNE_TYPES) < span.start()) {
                continue; // "phường Lào Cai" is a ward, not the province
            }
            found.add(new Mention<>(provinceNames.get(span.key()), from, span.end(), typed));
        }
        return found.stream().max(Comparator.comparing((Mention<Province> m) -> m.typed()).thenComparing(Mention::end));
    }

    private Optional<Mention<List<Commune>>> communeMention(Words words, Optional<Mention<Province>> provinceMention,
                                                          Optional<Province> province, boolean bareNamesCount) {
        List<Mention<List<Commune>>> found = new ArrayList<>();
        for (Span span : spans(words, communeNames.keySet())) {
            int from = typeBefore(words, span.start(), COMMUNE_TYPES);
            boolean typed = from < span.start();
            boolean insideProvince = provinceMention.filter(p -> span.start() < p.end() && span.end() > p.from()).isPresent();
            if ((insideProvince && !typed) || (!typed && !bareNamesCount)) {
                continue;
            }
            List<Commune> candidates = communeNames.get(span.key()).stream()
                    .filter(c -> province.isEmpty() || c.provinceCode().equals(province.get().code())).toList();
            candidates = sameAccents(candidates, words.typed(span.start(), span.end()),
                    VietnameseText.hasDiacritics(words.original()));
            if (!candidates.isEmpty()) {
                found.add(new Mention<>(candidates, from, span.end(), typed));
            }
        }
        return found.stream().max(Comparator.comparing((Mention<List<Commune>> m) -> m.typed())
                .thenComparing(Mention::end).thenComparing(m -> -m.from()));
    }

    /**
     * "Tân Thành" and "Tân Thạnh" fold alike; when the citizen writes with diacritics, the names spelt
     * exactly as typed are meant ("Thanh An" then is not "Thạnh An"). Without diacritics anywhere (or
     * with other tone marks) all stay.
     */
    private static List<Commune> sameAccents(List<Commune> candidates, String typed, boolean writesDiacritics) {
        if (!writesDiacritics) {
            return candidates;
        }
        List<Commune> exact = candidates.stream()
                .filter(c -> Words.of(c.name()).typed(0, Words.of(c.name()).size()).equals(typed)).toList();
        return exact.isEmpty() ? candidates : exact;
    }

    /** Every run of words that is a known name, the longest where names overlap at the same start. */
    private List<Span> spans(Words words, Set<String> names) {
        List<Span> spans = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int n = Math.min(longestName, words.size() - start); n >= 1; n--) {
                String key = words.joined(start, start + n);
                if (names.contains(key)) {
                    spans.add(new Span(key, start, start + n));
                    break;
                }
            }
        }
        // a name inside a longer one ("tân thành" in "tân thành đông") is not a mention of its own
        return spans.stream().filter(s -> spans.stream().noneMatch(o -> o != s && o.start() <= s.start()
                && o.end() >= s.end() && o.end() - o.start() > s.end() - s.start())).toList();
    }

    /** Where the unit's type word(s) before {@code start} begin ("phường", "thành phố"), else {@code start}. */
    private static int typeBefore(Words words, int start, Set<String> types) {
        for (int n = 2; n >= 1; n--) {
            if (start - n >= 0 && types.contains(words.joined(start - n, start))) {
                return start - n;
            }
        }
        return start;
    }

    private static String street(Words words, int endWord) {
        return words.before(endWord).replaceAll("^[\\s,.;:\\-–]+|[\\s,.;:\\-–]+$", "");
    }

    private record Span(String key, int start, int end) {
    }

    private record Mention<T>(T unit, int from, int end, boolean typed) {
    }
}
