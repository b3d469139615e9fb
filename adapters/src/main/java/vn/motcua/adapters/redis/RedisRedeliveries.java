package vn.motcua.adapters.redis;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.receiving.Redeliveries;

/**
 * Delivery ids seen in the last {@code remembered}, shared by every instance: a webhook the platform
 * retries against another instance is still answered once. While Redis is down, ids are remembered in
 * this process only, so messages keep being answered (a retry landing elsewhere may be answered twice).
 */
final class RedisRedeliveries implements Redeliveries {
    private static final Logger log = LoggerFactory.getLogger(RedisRedeliveries.class);
    private static final int LOCAL_CAPACITY = 5_000;

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final Duration remembered;
    private final Map<String, Boolean> seenLocally = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > LOCAL_CAPACITY;
                }
            });

    RedisRedeliveries(StringRedisTemplate redis, KeySpace keys, Duration remembered) {
        this.redis = redis;
        this.keys = keys;
        this.remembered = remembered;
    }

    @Override
    public boolean firstDelivery(String deliveryId) {
        boolean firstHere = seenLocally.put(deliveryId, Boolean.TRUE) == null;
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.delivery(deliveryId), "1", remembered));
        } catch (DataAccessException e) {
            log.debug("Redis unavailable, delivery {} checked in this process only: {}", deliveryId, e.getMessage());
            return firstHere;
        }
    }

    @Override
    public void forget(String deliveryId) {
        seenLocally.remove(deliveryId);
        try {
            redis.delete(keys.delivery(deliveryId));
        } catch (DataAccessException e) {
            log.debug("Redis unavailable, delivery {} forgotten in this process only", deliveryId);
        }
    }
}
