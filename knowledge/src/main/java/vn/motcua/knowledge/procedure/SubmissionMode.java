package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a dossier reaches the agency (cách thức thực hiện). */
public enum SubmissionMode {
    @JsonProperty("in_person") IN_PERSON("Trực tiếp"),
    @JsonProperty("online") ONLINE("Trực tuyến"),
    @JsonProperty("postal") POSTAL("Dịch vụ bưu chính");

    private final String label;

    SubmissionMode(String label) {
        this.label = label;
    }

    /** The Vietnamese label citizens see. */
    public String label() {
        return label;
    }
}
