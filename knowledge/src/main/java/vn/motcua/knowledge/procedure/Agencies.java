package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Who decides, who carries the procedure out, to whom it is delegated and who coordinates. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agencies(String competent, String implementing, String delegated, String coordinating) {
    public static final Agencies NONE = new Agencies("", "", "", "");

    public Agencies {
        competent = nullToEmpty(competent);
        implementing = nullToEmpty(implementing);
        delegated = nullToEmpty(delegated);
        coordinating = nullToEmpty(coordinating);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The agency a citizen deals with: the implementing one, else the competent one. */
    public String main() {
        return !implementing.isBlank() ? implementing : competent;
    }
}
