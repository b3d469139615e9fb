package vn.motcua.knowledge.editing;

import java.util.List;

/** A revision with what it changed against the revision before it. */
public record RevisionEntry(Revision revision, List<FieldChange> changes) {
}
