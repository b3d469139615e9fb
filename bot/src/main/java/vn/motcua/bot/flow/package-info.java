/** Multi-turn dialogues (dossier lookup, postal booking...) plugged into the assistant. */
package vn.motcua.bot.flow;
