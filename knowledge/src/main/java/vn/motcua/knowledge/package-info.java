/** The knowledge base of administrative procedures: model, Vietnamese analysis, index and search. */
package vn.motcua.knowledge;
