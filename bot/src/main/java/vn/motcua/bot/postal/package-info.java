/** Booking the public postal service (bưu chính công ích): the dialogue, bookings and their states, and the post office port. */
package vn.motcua.bot.postal;
