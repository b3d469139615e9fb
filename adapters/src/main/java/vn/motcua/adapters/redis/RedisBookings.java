package vn.motcua.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.motcua.bot.StoreUnavailable;
import vn.motcua.bot.postal.Booking;
import vn.motcua.bot.postal.BookingRequest;
import vn.motcua.bot.postal.BookingState;
import vn.motcua.bot.postal.BookingUpdate;
import vn.motcua.bot.postal.Bookings;
import vn.motcua.bot.postal.Placement;
import vn.motcua.bot.postal.Transition;

/**
 * Postal bookings shared by every instance: a confirmation that reaches two instances at once (a
 * double tap, a redelivered webhook) still places one booking, because placing checks the draft and
 * writes in one script; a state change is a compare-and-set, so concurrent updates never lose a step.
 * Bookings are few (hundreds a day): the list reads them all.
 */
final class RedisBookings implements Bookings {
    /** KEYS: draft, booking, order. ARGV: reference, JSON, created ms. The existing reference, or "". */
    private static final RedisScript<String> PLACE = RedisScript.of("""
            local existing = redis.call('GET', KEYS[1])
            if existing then return existing end
            if redis.call('EXISTS', KEYS[2]) == 1 then return '!taken' end
            redis.call('SET', KEYS[2], ARGV[2])
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
            return ''
            """, String.class);

    /** KEYS: booking. ARGV: JSON read, JSON to write. 1 written, 0 changed meanwhile. */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final KeySpace keys;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    RedisBookings(StringRedisTemplate redis, KeySpace keys, ObjectMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Placement place(BookingRequest request, Instant at) {
        try {
            while (true) {
                Booking booking = Booking.requested(Booking.newReference(at, random), request, at);
                String result = redis.execute(PLACE,
                        List.of(keys.bookingDraft(request.draftId()), keys.booking(booking.reference()), keys.bookings()),
                        booking.reference(), write(booking), Long.toString(at.toEpochMilli()));
                if (result == null || result.isEmpty()) {
                    return new Placement(booking, true);
                }
                if (!result.equals("!taken")) {
                    return new Placement(find(result).orElseThrow(), false);
                }
                // the random reference was taken: draw another
            }
        } catch (DataAccessException e) {
            throw new StoreUnavailable("bookings", e);
        }
    }

    @Override
    public Optional<Booking> find(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return read(keys.booking(reference.strip().toUpperCase(Locale.ROOT))).map(Stored::booking);
    }

    @Override
    public List<Booking> list(Set<BookingState> states) {
        List<Booking> found = new ArrayList<>();
        try {
            Set<String> references = redis.opsForZSet().reverseRange(keys.bookings(), 0, -1);
            if (references == null || references.isEmpty()) {
                return found;
            }
            List<String> values = redis.opsForValue().multiGet(references.stream().map(keys::booking).toList());
            for (String v : Objects.requireNonNullElse(values, List.<String>of())) {
                if (v != null) {
                    Booking b = parse(v);
                    if (states.isEmpty() || states.contains(b.state())) {
                        found.add(b);
                    }
                }
            }
        } catch (DataAccessException e) {
            throw new StoreUnavailable("bookings", e);
        }
        found.sort(Comparator.comparing(Booking::createdAt).reversed());
        return found;
    }

    @Override
    public Transition move(String reference, BookingUpdate update) {
        String key = keys.booking(reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT));
        try {
            while (true) {
                Optional<Stored> found = read(key);
                if (found.isEmpty()) {
                    return new Transition.NotFound(reference);
                }
                Booking booking = found.get().booking();
                if (booking.state() == update.state()) {
                    return new Transition.Unchanged(booking);
                }
                if (!booking.state().canMoveTo(update.state())) {
                    return new Transition.Refused(booking, update.state());
                }
                Booking moved = booking.movedTo(update);
                Long written = redis.execute(REPLACE, List.of(key), found.get().json(), write(moved));
                if (written != null && written == 1) {
                    return new Transition.Moved(moved);
                }
                // another instance moved it in between: decide again on what it did
            }
        } catch (DataAccessException e) {
            throw new StoreUnavailable("bookings", e);
        }
    }

    private Optional<Stored> read(String key) {
        String value;
        try {
            value = redis.opsForValue().get(key);
        } catch (DataAccessException e) {
            throw new StoreUnavailable("bookings", e);
        }
        return value == null ? Optional.empty() : Optional.of(new Stored(value, parse(value)));
    }

    private Booking parse(String value) {
        try {
            return json.readValue(value, Booking.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable booking in Redis", e);
        }
    }

    private String write(Booking booking) {
        try {
            return json.writeValueAsString(booking);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("booking not serialisable", e);
        }
    }

    /** A booking with the exact JSON it was read from, for the compare-and-set. */
    private record Stored(String json, Booking booking) {
    }
}
