package vn.motcua.adapters.redis;

import io.lettuce.core.ClientOptions;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A template on a test server, configured as the application configures its own (fail fast). */
final class RedisFixtures {
    private RedisFixtures() {
    }

    static StringRedisTemplate template(RedisServer server) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(2))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                .build();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", server.port()), client);
        factory.afterPropertiesSet();
        factory.start();
        return new StringRedisTemplate(factory);
    }

    static void close(StringRedisTemplate template) {
        ((LettuceConnectionFactory) template.getConnectionFactory()).destroy();
    }
}
