/**
 * Taking messages from chat channels: each is answered once however often it is redelivered, kept until
 * answered so a restart loses nothing, and a sender who floods is asked to slow down.
 */
package vn.motcua.bot.receiving;
