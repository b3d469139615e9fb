package vn.motcua.bot.understanding;

import java.util.Locale;

/** What the citizen wants; the API names are the lowercase forms. */
public enum Intent {
    PROCEDURE, DOSSIER_STATUS, POSTAL_BOOKING, OUT_OF_SCOPE, GREETING, HELP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
