/** Dossier status: recognising codes, the guarded lookup, and notifying subscribers when a dossier moves. */
package vn.motcua.bot.dossier;
