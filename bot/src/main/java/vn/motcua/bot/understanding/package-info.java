/** What a message is about: its intent, the procedure section it asks for, and the matching procedures. */
package vn.motcua.bot.understanding;
