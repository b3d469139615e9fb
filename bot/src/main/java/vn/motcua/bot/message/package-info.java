/** Channel-neutral messages in and replies out; wire formats never reach this package. */
package vn.motcua.bot.message;
