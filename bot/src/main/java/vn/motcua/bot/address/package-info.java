/** Vietnam's provinces and communes (after 1 July 2025), and reading them out of a typed address. */
package vn.motcua.bot.address;
