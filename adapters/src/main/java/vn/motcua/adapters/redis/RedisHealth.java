package vn.motcua.adapters.redis;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The {@code redis} health component: DOWN while Redis cannot be reached. It does not take the whole
 * instance down (see {@code docs/operations.md}): questions are still answered from the local index.
 */
final class RedisHealth implements HealthIndicator {
    private final RedisConnectionFactory connections;

    RedisHealth(RedisConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public Health health() {
        try (RedisConnection connection = connections.getConnection()) {
            return "PONG".equalsIgnoreCase(connection.ping()) ? Health.up().build()
                    : Health.down().withDetail("error", "unexpected answer to PING").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
