/** Wires the chat-channel message path (receiving, delivering) and keeps its inbox, outbox and seen ids under the data dir. */
package vn.motcua.adapters.delivery;
