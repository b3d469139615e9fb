/** Editing the knowledge base: validated saves with optimistic locking, revisions with diffs, and restore. */
package vn.motcua.knowledge.editing;
