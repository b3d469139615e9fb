package vn.motcua.bot.address;

/** A commune, ward or special zone; the full name carries its province: "Phường Hà Đông, Thành phố Hà Nội". */
public record Commune(String code, String name, String fullName, String provinceCode) {

    /** "Phường Hà Đông": the full name without its province. */
    public String nameWithType() {
        int comma = fullName.indexOf(',');
        return comma < 0 ? fullName : fullName.substring(0, comma).strip();
    }
}
