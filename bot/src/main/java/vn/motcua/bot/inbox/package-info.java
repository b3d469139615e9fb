/** The inbox of questions the assistant could not answer well, and the one-step fixes staff apply to them. */
package vn.motcua.bot.inbox;
