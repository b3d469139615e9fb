package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of the dossier (thành phần hồ sơ). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequiredDocument(String name, String copies, String form, String note) {
    public RequiredDocument {
        copies = copies == null ? "" : copies;
        form = form == null ? "" : form;
        note = note == null ? "" : note;
    }
}
