/** The Lucene index of procedures and the search that ranks them for a citizen's question. */
package vn.motcua.knowledge.search;
