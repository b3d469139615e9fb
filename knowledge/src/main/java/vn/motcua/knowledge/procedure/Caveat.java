package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A fact that is uncertain or differs by province, said to the citizen with the section it concerns. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Caveat(ProcedureSection section, String text) {
}
