package vn.motcua.knowledge.editing;

import java.time.Instant;
import vn.motcua.knowledge.procedure.Procedure;

/**
 * One recorded state of a procedure: who changed it, when, how, and the whole document as it then
 * stood ({@code null} after a deletion). Whole documents, not deltas, so that any revision can be
 * restored even if older ones are lost.
 */
public record Revision(String procedureId, int number, String author, Instant at, Change change, Procedure document) {
}
