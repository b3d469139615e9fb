/** Channel-neutral ways to show replies where a channel lacks something: numbered options, short unaccented SMS text. */
package vn.motcua.bot.rendering;
