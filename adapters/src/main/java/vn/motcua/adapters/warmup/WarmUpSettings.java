package vn.motcua.adapters.warmup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The start-up warm-up ({@code assistant.warm-up.*}). It ends at the first of: the JIT has settled (a pass
 * during which the compiler threads worked for under a twentieth of the pass's time), {@code max-passes}
 * passes over the questions, or {@code max-duration}. Readiness is refused until it ends.
 */
@ConfigurationProperties("assistant.warm-up")
record WarmUpSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") Duration maxDuration,
        @DefaultValue("100") int maxPasses) {
}
