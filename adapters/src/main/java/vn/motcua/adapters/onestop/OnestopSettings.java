package vn.motcua.adapters.onestop;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where dossiers come from. {@code mode}: {@code push} (the one-stop system calls
 * {@code PUT /api/v1/dossiers/{code}}), {@code pull} (the assistant asks a provincial lookup API), or
 * {@code both} (pushed dossiers first, then the provincial API). Without {@code push-secret} every push
 * is refused.
 */
@ConfigurationProperties("assistant.onestop")
record OnestopSettings(
        @DefaultValue("push") Mode mode,
        String pushSecret,
        @DefaultValue("300s") Duration pushMaxAge,
        @DefaultValue Pull pull) {

    enum Mode {
        PUSH, PULL, BOTH;

        boolean pushes() {
            return this != PULL;
        }

        boolean pulls() {
            return this != PUSH;
        }
    }

    /**
     * A provincial lookup API. {@code urlTemplate} holds {@code {code}} (URL-encoded when filled in);
     * {@code fields} are JSON Pointers into its answer; {@code statusValues} maps the system's own status
     * values to the national numbers 1-10 (a number passes through unmapped).
     */
    record Pull(
            String urlTemplate,
            @DefaultValue Map<String, String> headers,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("3s") Duration timeout,
            @DefaultValue("5m") Duration cacheTtl,
            @DefaultValue("1m") Duration notFoundTtl,
            @DefaultValue("5") int failuresToOpen,
            @DefaultValue("60s") Duration openFor,
            @DefaultValue("15m") Duration pollInterval,
            @DefaultValue Fields fields,
            @DefaultValue Map<String, Integer> statusValues) {
    }

    /** JSON Pointers (RFC 6901) to each field in the provincial answer. */
    record Fields(
            @DefaultValue("/status") String status,
            @DefaultValue("/procedure") String procedure,
            @DefaultValue("/applicantPhone") String applicantPhone,
            @DefaultValue("/applicantIdNumber") String applicantIdNumber,
            @DefaultValue("/applicantName") String applicantName,
            @DefaultValue("/agency") String agency,
            @DefaultValue("/note") String note,
            @DefaultValue("/receivedAt") String receivedAt,
            @DefaultValue("/dueAt") String dueAt) {
    }
}
