package vn.motcua.bot.postal;

/** What the postal worker comes for. */
public enum BookingKind {
    /** Collect a new dossier at home and hand it to the one-stop shop. */
    PICKUP("Nhận hồ sơ tại nhà để nộp"),
    /** Bring the result of a dossier from the one-stop shop to the citizen's home. */
    DELIVERY("Trả kết quả tại nhà");

    private final String label;

    BookingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
