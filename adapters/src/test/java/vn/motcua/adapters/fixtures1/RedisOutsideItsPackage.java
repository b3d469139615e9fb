package vn.motcua.adapters.fixtures1;

import org.springframework.data.redis.core.StringRedisTemplate;

/** A deliberate violation for ArchitectureRulesCanFailTest: Redis used outside the redis adapter. */
public class RedisOutsideItsPackage {
    public String read(StringRedisTemplate redis) {
        return redis.opsForValue().get("key");
    }
}
