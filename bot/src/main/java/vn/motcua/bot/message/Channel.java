package vn.motcua.bot.message;

import java.util.Locale;

/** Where a citizen talks to the assistant; replies go back on the same one. */
public enum Channel {
    WEB, TELEGRAM, ZALO, SMS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
