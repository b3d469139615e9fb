package vn.motcua.adapters.redis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
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
 * receiving the same update at once agree that only one of them changed anything (and notifies), and of
 * an older and a newer update (by {@code updatedAt}) arriving at once the older is never left stored.
 */
final class RedisDossierStore implements DossierStore {
    /**
     * KEYS: the dossier. ARGV: its JSON, its {@code updatedMicros} ('' when it has none). 1 when written, 0
     * when it already held exactly that, 2 when the stored dossier is newer (both carrying the time).
     */
    private static final RedisScript<Long> SAVE_IF_NEWER = RedisScript.of("""
            local stored = redis.call('GET', KEYS[1])
            if stored == ARGV[1] then return 0 end
            if stored and ARGV[2] ~= '' then
              local readable, old = pcall(cjson.decode, stored)
              if readable and type(old) == 'table' and type(old['updatedMicros']) == 'number'
                  and tonumber(ARGV[2]) < old['updatedMicros'] then
                return 2
              end
            end
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
    public Saved save(Dossier dossier) {
        StoredDossier stored = StoredDossier.of(dossier);
        String value;
        try {
            value = json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dossier not serialisable", e);
        }
        try {
            Long outcome = redis.execute(SAVE_IF_NEWER, List.of(keys.dossier(dossier.code().value())), value,
                    stored.updatedMicros() == null ? "" : stored.updatedMicros().toString());
            if (outcome == null) {
                throw new IllegalStateException("the dossier save script answered nothing");
            }
            return switch (outcome.intValue()) {
                case 1 -> Saved.WRITTEN;
                case 2 -> Saved.STALE;
                default -> Saved.UNCHANGED;
            };
        } catch (DataAccessException e) {
            throw new StoreUnavailable("dossier store", e);
        }
    }

    /**
     * A dossier as kept in Redis: the status by its national number, dates in Vietnam time. {@code demo}
     * is true for a made-up demo dossier (absent otherwise), which a pushed one may replace but not the
     * other way round. {@code updatedMicros} repeats {@code updatedAt} as microseconds since the epoch,
     * the number the save script compares (Lua numbers hold it exactly).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredDossier(String code, int status, String procedure, String applicantPhone, String applicantIdNumber,
                         String applicantName, String agency, String note, OffsetDateTime receivedAt,
                         OffsetDateTime dueAt, OffsetDateTime updatedAt, Long updatedMicros, Boolean demo) {

        static StoredDossier of(Dossier d) {
            return new StoredDossier(d.code().value(), d.status().number(), d.procedure(), d.applicantPhone(),
                    d.applicantIdNumber(), d.applicantName(), d.agency(), d.note(), d.receivedAt(), d.dueAt(),
                    d.updatedAt(), d.updatedAt() == null ? null : micros(d.updatedAt()), null);
        }

        static StoredDossier demo(Dossier d) {
            StoredDossier stored = of(d);
            return new StoredDossier(stored.code, stored.status, stored.procedure, stored.applicantPhone,
                    stored.applicantIdNumber, stored.applicantName, stored.agency, stored.note, stored.receivedAt,
                    stored.dueAt, stored.updatedAt, stored.updatedMicros, true);
        }

        Dossier dossier() {
            return new Dossier(new DossierCode(code), DossierStatus.of(status).orElseThrow(), procedure,
                    applicantPhone, applicantIdNumber, applicantName, agency, note, receivedAt, dueAt, updatedAt);
        }

        private static long micros(OffsetDateTime t) {
            Instant i = t.toInstant();
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000L);
        }
    }
}
