/** Wires the conversation core: understanding, answering, flows and the conversation store. */
package vn.motcua.adapters.conversation;
