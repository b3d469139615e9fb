/** Loading the seed knowledge base from `seeds/procedures/*.json`, validated on load. */
package vn.motcua.knowledge.seed;
