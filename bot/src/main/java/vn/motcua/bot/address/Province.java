package vn.motcua.bot.address;

/** A province or centrally-run city, e.g. code "01", name "Hà Nội", full name "Thành phố Hà Nội". */
public record Province(String code, String name, String fullName) {
}
