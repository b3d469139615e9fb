/** Importing procedures: the national portal's record format and the project's seed format, checked before anything is written. */
package vn.motcua.knowledge.importer;
