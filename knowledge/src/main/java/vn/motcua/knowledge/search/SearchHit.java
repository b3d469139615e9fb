package vn.motcua.knowledge.search;

import vn.motcua.knowledge.procedure.Procedure;

/** A procedure that matched a question, with its retrieval score (higher is better, not bounded). */
public record SearchHit(Procedure procedure, float score) {
}
