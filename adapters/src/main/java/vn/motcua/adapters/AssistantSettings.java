package vn.motcua.adapters;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every part of the assistant shares. {@code dataDir} holds what must survive a restart;
 * {@code publicUrl} is the externally visible base URL (webhook signatures are computed against it).
 */
@ConfigurationProperties("assistant")
public record AssistantSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue RateLimits rateLimits) {

    public record RateLimits(@DefaultValue("true") boolean enabled) {
    }
}
