/** Where procedures live: the store port and its in-process implementation. */
package vn.motcua.knowledge.store;
