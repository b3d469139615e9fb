package vn.motcua.bot.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The last four digits of the applicant's phone number or ID number: what proves a citizen may see a
 * dossier besides its code. Never stored, never logged.
 */
public final class SecondFactor {
    private final String digits;

    private SecondFactor(String digits) {
        this.digits = digits;
    }

    /**
     * Reads the factor from a message: four digits ("5678", "5 6 7 8"), or a whole phone or ID number
     * (9 to 12 digits) of which the last four count. Anything else is not a factor.
     */
    public static Optional<SecondFactor> readFrom(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[^0-9]", "");
        String letters = text.replaceAll("[\\d\\s.+()-]", "");
        if (!letters.isEmpty() && letters.codePointCount(0, letters.length()) > 20) {
            return Optional.empty();
        }
        if (digits.length() == 4) {
            return Optional.of(new SecondFactor(digits));
        }
        if (digits.length() >= 9 && digits.length() <= 12) {
            return Optional.of(new SecondFactor(digits.substring(digits.length() - 4)));
        }
        return Optional.empty();
    }

    /** Whether it matches the dossier's phone or ID number, in time that does not depend on where it differs. */
    public boolean opens(Dossier dossier) {
        boolean phone = matchesEndOf(dossier.applicantPhone());
        boolean id = matchesEndOf(dossier.applicantIdNumber());
        return phone | id;
    }

    private boolean matchesEndOf(String number) {
        String known = number == null ? "" : number.replaceAll("[^0-9]", "");
        String tail = known.length() >= 4 ? known.substring(known.length() - 4) : "----";
        return MessageDigest.isEqual(tail.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SecondFactor[****]";
    }
}
