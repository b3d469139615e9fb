package vn.motcua.bot.rendering;

/**
 * How many SMS segments a text takes. GSM-7 (plain Latin) carries 160 characters in one SMS and 153
 * per part of a longer one; any other character (a Vietnamese diacritic) switches the whole message
 * to UCS-2: 70, then 67 per part.
 */
public final class SmsText {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsText() {
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    /** The number of SMS a phone will receive for this text. */
    public static int segments(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        if (isGsm7(text)) {
            int septets = text.length() + (int) text.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length(); // UTF-16 code units, as UCS-2/UTF-16 SMS counts them
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
