package vn.motcua.adapters.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the assistant uses Redis (the connection itself is {@code spring.data.redis.*}).
 *
 * @param keyPrefix            put before every key, so several installations can share one Redis
 * @param commandTimeout       how long a command may take before the store counts as unavailable; used
 *                             when {@code spring.data.redis.timeout} is not set (Lettuce's own default is a
 *                             minute, far too long for a citizen waiting for a reply)
 * @param conversationTtl      idle conversations expire after this long
 * @param unansweredCapacity   how many unanswered questions are kept (oldest dropped first)
 * @param knowledgeResync      how often each instance checks that its copy of the knowledge base is
 *                             current (the safety net behind the change notifications)
 * @param auditCapacity        how many entries each shared record keeps (dossier lookups, admin actions;
 *                             oldest dropped first)
 * @param instanceId           this instance's name for its own work queues (inbox, outbox); a random
 *                             one per start when empty. Set it only to something unique per instance
 *                             that survives a restart (a StatefulSet pod name): a restarted instance
 *                             then resumes its own queues at once instead of having them adopted
 * @param heartbeat            how often an instance says it lives (and looks for stopped ones)
 * @param heartbeatTimeout     silence after which an instance counts as stopped and its queues are
 *                             adopted by another; longer than any pause (GC, network) an instance
 *                             may survive, or a paused instance and its adopter may both send
 */
@ConfigurationProperties("assistant.redis")
public record RedisSettings(
        @DefaultValue("motcua:") String keyPrefix,
        @DefaultValue("2s") Duration commandTimeout,
        @DefaultValue("24h") Duration conversationTtl,
        @DefaultValue("10000") int unansweredCapacity,
        @DefaultValue("2s") Duration knowledgeResync,
        @DefaultValue("100000") int auditCapacity,
        @DefaultValue("") String instanceId,
        @DefaultValue("5s") Duration heartbeat,
        @DefaultValue("30s") Duration heartbeatTimeout) {
}
