package vn.motcua.adapters.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.data.redis.ClientResourcesBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.context.annotation.Bean;

/**
 * How the assistant connects to Redis on top of Spring Boot's {@code spring.data.redis.*}: shared by the
 * server's Redis stores and the {@code import} command. Imported by both, not scanned on its own.
 */
class RedisConnectionOptions {

    /**
     * Fail fast while Redis is unreachable instead of queueing commands for a minute: the citizen gets a
     * "briefly unavailable" reply at once, and Lettuce keeps reconnecting in the background.
     */
    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhileDisconnected(RedisSettings settings,
                                                                         RedisProperties properties) {
        return builder -> {
            if (properties.getTimeout() == null) {
                builder.commandTimeout(settings.commandTimeout());
            }
            ClientOptions current = builder.build().getClientOptions().orElseGet(ClientOptions::create);
            var socket = current.getSocketOptions().mutate();
            if (properties.getConnectTimeout() == null) {
                socket.connectTimeout(settings.commandTimeout());
            }
            builder.clientOptions(current.mutate()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(socket.build())
                    .build());
        };
    }

    /**
     * Reconnect attempts at most a second apart (Lettuce's default backs off to 30 s), so service
     * resumes about a second after Redis returns, however long it was away.
     */
    @Bean
    ClientResourcesBuilderCustomizer reconnectPromptly() {
        return builder -> builder.reconnectDelay(
                Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
    }
}
