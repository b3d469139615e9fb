/** The procedure model: what the national portal publishes about an administrative procedure, plus what answering needs. */
package vn.motcua.knowledge.procedure;
