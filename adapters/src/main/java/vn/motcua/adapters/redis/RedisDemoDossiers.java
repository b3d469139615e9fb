package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.adapters.DemoDossierStore;
import vn.motcua.adapters.redis.RedisDossierStore.StoredDossier;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.dossier.Dossier;

/**
 * The demo dossiers in the shared dossier store, marked as demo. The first instance to start on a
 * given day writes them (dated from that day); the others find the day's mark and leave them. A demo
 * dossier never replaces a pushed one, and a push over a demo code makes it a real dossier for good.
 */
final class RedisDemoDossiers implements DemoDossierStore {
    /**
     * KEYS: the dossier. ARGV: the demo dossier's JSON. Writes where no dossier is, or over an earlier
     * demo dossier; 1 when written.
     */
    private static final RedisScript<Long> HOLD = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if current then
              if current == ARGV[1] then return 0 end
              local readable, stored = pcall(cjson.decode, current)
              if not readable or type(stored) ~= 'table' or stored['demo'] ~= true then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final ObjectMapper json;
    private final Clock clock;

    RedisDemoDossiers(StringRedisTemplate redis, KeySpace keys, ObjectMapper json, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int hold(List<Dossier> demo) {
        String today = LocalDate.now(clock.withZone(Dossier.VIETNAM)).toString();
        try {
            if (today.equals(redis.opsForValue().get(keys.demoDossiersLoaded()))) {
                return 0;
            }
            int written = 0;
            for (Dossier dossier : demo) {
                Long result = redis.execute(HOLD, List.of(keys.dossier(dossier.code().value())),
                        json.writeValueAsString(StoredDossier.demo(dossier)));
                written += Objects.equals(result, 1L) ? 1 : 0;
            }
            // marked once all are written: an instance stopped half-way leaves the work to the next one
            redis.opsForValue().set(keys.demoDossiersLoaded(), today);
            return written;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("dossier store", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo dossier not serialisable", e);
        }
    }
}
