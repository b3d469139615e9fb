/** Wires the dossier lookup and notices: the flow, its stores (kept under the data dir), and the demo dossiers. */
package vn.motcua.adapters.dossier;
