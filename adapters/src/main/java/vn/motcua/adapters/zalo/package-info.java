/** The Zalo Official Account channel: signed webhook in, a small client for the OA API out; Zalo JSON stays here. */
package vn.motcua.adapters.zalo;
