/** Answering procedure questions: the section asked for, from the stored procedure only, with its source. */
package vn.motcua.bot.answering;
