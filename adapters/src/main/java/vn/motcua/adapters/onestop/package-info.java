/** The one-stop systems: the signed dossier push API and the pull client for provincial lookup APIs. */
package vn.motcua.adapters.onestop;
