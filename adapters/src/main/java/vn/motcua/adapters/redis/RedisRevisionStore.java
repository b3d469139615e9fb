package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.knowledge.editing.Change;
import vn.motcua.knowledge.editing.Revision;
import vn.motcua.knowledge.editing.RevisionStore;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureJson;

/**
 * Revisions as one Redis list per procedure, oldest first. A revision's number is its position, which
 * RPUSH hands back atomically, so two instances recording at once still number 1, 2, 3...
 */
final class RedisRevisionStore implements RevisionStore {
    private static final ObjectMapper JSON = ProcedureJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private final StringRedisTemplate redis;
    private final KeySpace keys;

    RedisRevisionStore(StringRedisTemplate redis, KeySpace keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Revision append(String procedureId, String author, Instant at, Change change, Procedure document) {
        String value;
        try {
            value = JSON.writeValueAsString(new StoredRevision(author, at, change, document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision not serialisable", e);
        }
        Long number;
        try {
            number = redis.opsForList().rightPush(keys.revisions(procedureId), value);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("revision store", e);
        }
        return new Revision(procedureId, number == null ? 0 : number.intValue(), author, at, change, document);
    }

    @Override
    public List<Revision> history(String procedureId) {
        List<String> stored;
        try {
            stored = redis.opsForList().range(keys.revisions(procedureId), 0, -1);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("revision store", e);
        }
        List<Revision> newestFirst = new ArrayList<>();
        if (stored == null) {
            return newestFirst;
        }
        for (int i = stored.size() - 1; i >= 0; i--) {
            try {
                StoredRevision r = JSON.readValue(stored.get(i), StoredRevision.class);
                newestFirst.add(new Revision(procedureId, i + 1, r.author(), r.at(), r.change(), r.document()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable revision " + (i + 1) + " of " + procedureId, e);
            }
        }
        return newestFirst;
    }

    /** What is kept of a revision; its procedure and number follow from the key and the position. */
    record StoredRevision(String author, Instant at, Change change, Procedure document) {
    }
}
