/** The conversation core: one {@link vn.motcua.bot.Assistant} serves every channel. Plain Java. */
package vn.motcua.bot;
