package vn.motcua.adapters.redis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.DossierStore;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Pushed dossiers, one JSON string per code. A save compares and writes in one script, so two instances
 * receiving the same update at once agree that only one of them changed anything (and notifies).
 */
final class RedisDossierStore implements DossierStore {
    /** KEYS: the dossier. ARGV: its JSON. 1 when written, 0 when it already held exactly that. */
    private static final RedisScript<Long> SAVE_IF_CHANGED = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final ObjectMapper json;

    RedisDossierStore(StringRedisTemplate redis, KeySpace keys, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Optional<Dossier> find(DossierCode code) {
        String stored;
        try {
            stored = redis.opsForValue().get(keys.dossier(code.value()));
        } catch (DataAccessException e) {
            throw new StoreUnavailable("dossier store", e);
        }
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored, StoredDossier.class).dossier());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable dossier " + code + " in Redis", e);
        }
    }

    @Override
    public boolean save(Dossier dossier) {
        String value;
        try {
            value = json.writeValueAsString(StoredDossier.of(dossier));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dossier not serialisable", e);
        }
        try {
            Long written = redis.execute(SAVE_IF_CHANGED, List.of(keys.dossier(dossier.code().value())), value);
            return written != null && written == 1;
        } catch (DataAccessException e) {
            throw new StoreUnavailable("dossier store", e);
        }
    }

    /**
     * A dossier as kept in Redis: the status by its national number, dates in Vietnam time. {@code demo}
     * is true for a made-up demo dossier (absent otherwise), which a pushed one may replace but not the
     * other way round.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredDossier(String code, int status, String procedure, String applicantPhone, String applicantIdNumber,
                         String applicantName, String agency, String note, OffsetDateTime receivedAt,
                         OffsetDateTime dueAt, Boolean demo) {

        static StoredDossier of(Dossier d) {
            return new StoredDossier(d.code().value(), d.status().number(), d.procedure(), d.applicantPhone(),
                    d.applicantIdNumber(), d.applicantName(), d.agency(), d.note(), d.receivedAt(), d.dueAt(), null);
        }

        static StoredDossier demo(Dossier d) {
            StoredDossier stored = of(d);
            return new StoredDossier(stored.code, stored.status, stored.procedure, stored.applicantPhone,
                    stored.applicantIdNumber, stored.applicantName, stored.agency, stored.note, stored.receivedAt,
                    stored.dueAt, true);
        }

        Dossier dossier() {
            return new Dossier(new DossierCode(code), DossierStatus.of(status).orElseThrow(), procedure,
                    applicantPhone, applicantIdNumber, applicantName, agency, note, receivedAt, dueAt);
        }
    }
}
