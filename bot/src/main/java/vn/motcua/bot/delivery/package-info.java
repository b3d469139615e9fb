/**
 * Sending replies on any channel: kept in an outbox until the channel took them, in order per
 * recipient, paced to each channel's limits and retried with back-off when the channel says so.
 */
package vn.motcua.bot.delivery;
