package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One legal document the procedure rests on: its number (e.g. 60/2014/QH13) and title. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalReference(String number, String title) {
}
