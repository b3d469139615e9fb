package vn.motcua.adapters.onestop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.understanding.DossierCode;

/**
 * Looks dossiers up in a provincial system's lookup API: GET on the configured URL template, fields read
 * by JSON Pointer. Answers are cached (found ones for {@code cache-ttl}, unknown codes for
 * {@code not-found-ttl}); timeouts and a circuit breaker keep a slow or failing system from holding up
 * the conversation: then the citizen is asked to try again later.
 */
class ProvincialLookup implements DossierRegistry {
    private static final Logger log = LoggerFactory.getLogger(ProvincialLookup.class);
    private static final int MAX_CACHED = 10_000;

    private final OnestopSettings.Pull settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final Map<DossierCode, Cached> cache = new ConcurrentHashMap<>();

    ProvincialLookup(OnestopSettings.Pull settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.breaker = new CircuitBreaker(settings.failuresToOpen(), settings.openFor(), clock);
    }

    @Override
    public Optional<Dossier> find(DossierCode code) {
        Cached cached = cache.get(code);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return cached.dossier();
        }
        return fetch(code);
    }

    /** Asks the provincial system now, whatever the cache holds (the poller wants the current state). */
    Optional<Dossier> fetch(DossierCode code) {
        if (!breaker.allows()) {
            throw new Unavailable("provincial lookup circuit open", null);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request(code), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            breaker.failed();
            throw new Unavailable("provincial lookup failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.failed();
            throw new Unavailable("provincial lookup interrupted", e);
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            breaker.failed();
            throw new Unavailable("provincial lookup answered " + response.statusCode(), null);
        }
        breaker.succeeded();
        Optional<Dossier> dossier = response.statusCode() == 200 ? read(code, response.body()) : Optional.empty();
        remember(code, dossier);
        return dossier;
    }

    boolean circuitOpen() {
        return breaker.open();
    }

    private HttpRequest request(DossierCode code) {
        String url = settings.urlTemplate().replace("{code}", URLEncoder.encode(code.value(), StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Accept", "application/json").GET();
        settings.headers().forEach(b::header);
        return b.build();
    }

    /** A 200 without a readable status counts as "not known" (some systems answer 200 with empty data). */
    private Optional<Dossier> read(DossierCode code, byte[] body) {
        OnestopSettings.Fields f = settings.fields();
        try {
            JsonNode root = json.readTree(body);
            Optional<DossierStatus> status = text(root, f.status()).flatMap(this::status);
            Optional<String> procedure = text(root, f.procedure());
            Optional<OffsetDateTime> received = text(root, f.receivedAt()).map(PushedDossier::parseTime);
            Optional<OffsetDateTime> due = text(root, f.dueAt()).map(PushedDossier::parseTime);
            if (status.isEmpty() || procedure.isEmpty() || received.isEmpty() || due.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Dossier(code, status.get(), procedure.get(), text(root, f.applicantPhone()).orElse(null),
                    text(root, f.applicantIdNumber()).orElse(null), text(root, f.applicantName()).orElse(null),
                    text(root, f.agency()).orElse(null), text(root, f.note()).orElse(null), received.get(), due.get()));
        } catch (IOException | RuntimeException e) {
            log.warn("Unreadable answer from the provincial lookup for {}: {}", code, e.toString());
            return Optional.empty();
        }
    }

    private Optional<DossierStatus> status(String raw) {
        Integer mapped = settings.statusValues().get(raw);
        if (mapped != null) {
            return DossierStatus.of(mapped);
        }
        try {
            return DossierStatus.of(Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode root, String pointer) {
        if (pointer == null || pointer.isBlank()) {
            return Optional.empty();
        }
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() || node.asText().isBlank()
                ? Optional.empty() : Optional.of(node.asText().strip());
    }

    private void remember(DossierCode code, Optional<Dossier> dossier) {
        if (cache.size() >= MAX_CACHED) {
            Instant now = clock.instant();
            cache.values().removeIf(c -> !c.until().isAfter(now));
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        var ttl = dossier.isPresent() ? settings.cacheTtl() : settings.notFoundTtl();
        cache.put(code, new Cached(dossier, clock.instant().plus(ttl)));
    }

    private record Cached(Optional<Dossier> dossier, Instant until) {
    }
}
