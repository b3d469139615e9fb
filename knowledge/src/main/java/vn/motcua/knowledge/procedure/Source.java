package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where the facts come from: the decision that published the procedure and a link to the record. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String decision, String url) {
}
