/** Shared state in Redis (Spring Data Redis over Lettuce), active with {@code assistant.store=redis}. */
package vn.motcua.adapters.redis;
