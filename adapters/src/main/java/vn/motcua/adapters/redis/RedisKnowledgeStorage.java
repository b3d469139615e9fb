package vn.motcua.adapters.redis;

import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.adapters.KnowledgeStorage;
import vn.motcua.knowledge.seed.SeedState;
import vn.motcua.knowledge.store.ProcedureStore;

/**
 * The knowledge base in the shared Redis, for the {@code import} command. It connects exactly as the
 * server does (Spring Boot's {@code spring.data.redis.*} from the command line, the environment or
 * the jar's properties, plus {@code assistant.redis.*}) in a small context without web server, and
 * writes through the same {@link RedisProcedureStore} scripts: every procedure saved or removed is
 * published on the change channel, so running instances pick the import up as they pick up admin edits.
 */
public final class RedisKnowledgeStorage implements KnowledgeStorage {
    private final ConfigurableApplicationContext context;
    private final RedisProcedureStore procedures;
    private final RedisSeedState seedState;
    private final String location;

    private RedisKnowledgeStorage(ConfigurableApplicationContext context) {
        this.context = context;
        StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
        KeySpace keys = context.getBean(KeySpace.class);
        this.location = describe(context.getBean(RedisProperties.class), keys);
        try {
            redis.execute(connection -> connection.ping(), true);
        } catch (DataAccessException e) {
            throw new IllegalStateException("không kết nối được " + location + ": " + e.getMessage(), e);
        }
        // no seeds to fall back on: Redis was just reached, and an import must not write anything else
        this.procedures = new RedisProcedureStore(redis, keys, List.of());
        this.seedState = new RedisSeedState(redis, keys, RedisConfiguration.storeJson());
    }

    /**
     * Connects to Redis.
     *
     * @param springArguments {@code --name=value} options for Spring ({@code --spring.data.redis.url=...})
     * @throws IllegalStateException when Redis cannot be reached, with a message for the operator
     */
    public static KnowledgeStorage open(List<String> springArguments) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                // the command prints its own report; the connection's chatter would drown it
                .properties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"))
                .run(springArguments.toArray(String[]::new));
        try {
            return new RedisKnowledgeStorage(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    @Override
    public ProcedureStore procedures() {
        return procedures;
    }

    @Override
    public SeedState seedState() {
        return seedState;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        context.close();
    }

    private static String describe(RedisProperties redis, KeySpace keys) {
        String where;
        if (redis.getSentinel() != null && redis.getSentinel().getMaster() != null) {
            where = "Redis Sentinel " + redis.getSentinel().getMaster() + " " + redis.getSentinel().getNodes();
        } else if (redis.getCluster() != null && redis.getCluster().getNodes() != null) {
            where = "Redis Cluster " + redis.getCluster().getNodes();
        } else if (redis.getUrl() != null) {
            // never print a password given in the URL
            where = "Redis " + redis.getUrl().replaceFirst("//[^@/]*@", "//");
        } else {
            where = "Redis " + redis.getHost() + ":" + redis.getPort();
        }
        return where + " (khóa " + keys.prefix() + "*)";
    }

    /**
     * Only what the import needs: the connection and the key space. Not a {@code @Configuration}, so the
     * server's component scan leaves it alone; it is a source of the import's own small context only.
     */
    @ImportAutoConfiguration(RedisAutoConfiguration.class)
    @EnableConfigurationProperties(RedisSettings.class)
    @Import(RedisConnectionOptions.class)
    static class ImportContext {

        @Bean
        KeySpace redisKeys(RedisSettings settings) {
            return new KeySpace(settings.keyPrefix());
        }
    }
}
