/** Wires the knowledge base: seeds from the classpath, the store and the Lucene index. */
package vn.motcua.adapters.knowledge;
