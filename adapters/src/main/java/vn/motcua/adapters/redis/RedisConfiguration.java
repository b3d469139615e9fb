package vn.motcua.adapters.redis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lettuce.core.resource.ClientResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.adapters.AssistantSettings;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.adapters.Leases;
import vn.motcua.adapters.RedisStore;
import vn.motcua.adapters.ZaloReplyWindow;
import vn.motcua.adapters.ZaloTokenStore;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.dossier.LookupAttempts;
import vn.motcua.bot.dossier.LookupAudit;
import vn.motcua.bot.dossier.LookupLimits;
import vn.motcua.bot.dossier.Subscriptions;
import vn.motcua.bot.inbox.UnansweredInbox;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.receiving.FloodGuard;
import vn.motcua.bot.receiving.Redeliveries;
import vn.motcua.bot.rendering.OfferedOptions;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.editing.RevisionStore;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.synonym.FileSynonymStore;
import vn.motcua.knowledge.synonym.Synonym;

/** The Redis twins of the in-process stores, and what keeps every instance's index current. */
@Configuration(proxyBeanMethods = false)
@RedisStore
@Import(RedisConnectionOptions.class)
class RedisConfiguration {

    @Bean
    KeySpace redisKeys(RedisSettings settings) {
        return new KeySpace(settings.keyPrefix());
    }

    @Bean
    ConversationStore conversationStore(StringRedisTemplate redis, KeySpace keys, RedisSettings settings) {
        return new RedisConversationStore(redis, keys, settings.conversationTtl(), storeJson());
    }

    @Bean
    UnansweredInbox unansweredQuestions(StringRedisTemplate redis, KeySpace keys, RedisSettings settings) {
        return new RedisUnansweredInbox(redis, keys, settings.unansweredCapacity(), storeJson());
    }

    @Bean
    RevisionStore revisionStore(StringRedisTemplate redis, KeySpace keys) {
        return new RedisRevisionStore(redis, keys);
    }

    @Bean
    Redeliveries redeliveries(StringRedisTemplate redis, KeySpace keys) {
        return new RedisRedeliveries(redis, keys, Duration.ofHours(24));
    }

    @Bean
    DossierStore dossierStore(StringRedisTemplate redis, KeySpace keys) {
        return new RedisDossierStore(redis, keys, storeJson());
    }

    @Bean
    DemoDossierStore demoDossierStore(StringRedisTemplate redis, KeySpace keys, Clock clock) {
        return new RedisDemoDossiers(redis, keys, storeJson(), clock);
    }

    @Bean
    LookupAudit lookupAudit(StringRedisTemplate redis, KeySpace keys, RedisSettings settings) {
        return new RedisLookupAudit(new CappedJsonList<>(redis, keys.lookupRecord(), settings.auditCapacity(),
                LookupAudit.Entry.class, storeJson()));
    }

    @Bean
    AdminAuditTrail adminAuditTrail(StringRedisTemplate redis, KeySpace keys, RedisSettings settings) {
        return new RedisAdminAuditTrail(new CappedJsonList<>(redis, keys.adminRecord(), settings.auditCapacity(),
                AdminAuditTrail.Entry.class, storeJson()));
    }

    @Bean
    LookupAttempts lookupAttempts(StringRedisTemplate redis, KeySpace keys, LookupLimits limits, Clock clock) {
        return new RedisLookupAttempts(redis, keys, limits, clock);
    }

    @Bean
    Subscriptions subscriptions(StringRedisTemplate redis, KeySpace keys) {
        return new RedisSubscriptions(redis, keys, storeJson());
    }

    /** Per-sender limits shared by every instance; {@code assistant.rate-limits.enabled=false} turns them off. */
    @Bean
    FloodGuard floodGuard(StringRedisTemplate redis, KeySpace keys, AssistantSettings assistant) {
        return assistant.rateLimits().enabled() ? new RedisFloodGuard(redis, keys) : FloodGuard.off();
    }

    @Bean
    OfferedOptions offeredOptions(StringRedisTemplate redis, KeySpace keys, Clock clock) {
        return new RedisOfferedOptions(redis, keys, Duration.ofHours(24), clock, storeJson());
    }

    /** With Spring's JSON settings, as the bookings file of the in-process store. */
    @Bean
    Bookings bookings(StringRedisTemplate redis, KeySpace keys, ObjectMapper json) {
        return new RedisBookings(redis, keys, json);
    }

    /**
     * The Zalo OA's tokens, renewed by one instance at a time. The lock outlives the longest refresh call
     * (15 s); another instance waits up to 5 s for the winner, then its send is retried later.
     */
    @Bean
    ZaloTokenStore zaloTokenStore(StringRedisTemplate redis, KeySpace keys) {
        return new RedisZaloTokenStore(redis, keys, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    @Bean
    ZaloReplyWindow zaloReplyWindow(StringRedisTemplate redis, KeySpace keys, Clock clock) {
        return new RedisZaloReplyWindow(redis, keys, clock);
    }

    @Bean
    RedisProcedureStore procedureStore(StringRedisTemplate redis, KeySpace keys) {
        return new RedisProcedureStore(redis, keys, new SeedLoader().load(KnowledgeFiles.seedsOnClasspath()));
    }

    @Bean
    SeedState seedState(StringRedisTemplate redis, KeySpace keys) {
        return new RedisSeedState(redis, keys, storeJson());
    }

    /**
     * Admin synonyms shared by every instance. Entries an instance kept in its data dir before it moved
     * to Redis are carried over.
     */
    @Bean
    RedisSynonymStore synonymStore(StringRedisTemplate redis, KeySpace keys, AssistantSettings assistant) {
        Path before = assistant.dataDir().resolve("synonyms");
        List<Synonym> carriedOver = Files.isDirectory(before) ? new FileSynonymStore(before).all() : List.of();
        return new RedisSynonymStore(redis, keys, carriedOver);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    KnowledgeSync knowledgeSync(RedisProcedureStore store, RedisSynonymStore synonyms, KnowledgeBase knowledge,
                                RedisSettings settings, ClientResources lettuce, RedisConnectionFactory connections,
                                KeySpace keys) {
        return new KnowledgeSync(store, synonyms, knowledge, settings.knowledgeResync(), lettuce.eventBus(),
                connections, keys);
    }

    /** The inbox, outbox and postal outbox, kept where they outlive this instance (a lifecycle: beats while running). */
    @Bean
    RedisWorkQueues workQueues(StringRedisTemplate redis, RedisSettings settings) {
        return new RedisWorkQueues(redis, settings.keyPrefix(), settings.instanceId(), settings.heartbeat(),
                settings.heartbeatTimeout());
    }

    /** Named so that the health component is called {@code redis}. */
    @Bean
    RedisHealth redisHealthIndicator(RedisConnectionFactory connections) {
        return new RedisHealth(connections);
    }

    /** One holder at a time across instances, e.g. of Telegram long polling. */
    @Bean
    Leases leases(StringRedisTemplate redis, KeySpace keys) {
        return new RedisLeases(redis, keys);
    }

    static ObjectMapper storeJson() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
