/** The post office: bookings on disk, the partner API through an outbox or the manual staff queue, and its signed status webhook. */
package vn.motcua.adapters.postal;
