package vn.motcua.adapters.dossier;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.bot.dossier.LookupLimits;

/**
 * Dossier lookup settings. {@code demo} loads the made-up dossiers of {@code seeds/demo/dossiers.json}
 * (on in the embedded default so a newcomer can try a lookup; switch it off in production).
 */
@ConfigurationProperties("assistant.dossiers")
record DossierSettings(
        @DefaultValue("true") boolean demo,
        @DefaultValue Lookup lookup,
        @DefaultValue("2") int noticeThreads) {

    /** Wrong tries allowed per sender and per code within {@code window}, and the lock-out that follows. */
    record Lookup(
            @DefaultValue("5") int failuresPerSender,
            @DefaultValue("10") int failuresPerCode,
            @DefaultValue("15m") Duration window,
            @DefaultValue("30m") Duration lockOut,
            @DefaultValue("1h") Duration openFor) {

        LookupLimits limits() {
            return new LookupLimits(failuresPerSender, failuresPerCode, window, lockOut, openFor);
        }
    }
}
