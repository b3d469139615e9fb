package vn.motcua.adapters.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.Subscription;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.understanding.DossierCode;

/** How dossiers and subscriptions are written in the data dir's files (one JSON object each). */
final class DossierJson {
    private DossierJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredDossier(String code, int status, String procedure, String applicantPhone, String applicantIdNumber,
                         String applicantName, String agency, String note, OffsetDateTime receivedAt,
                         OffsetDateTime dueAt, OffsetDateTime updatedAt) {

        static StoredDossier of(Dossier d) {
            return new StoredDossier(d.code().value(), d.status().number(), d.procedure(), d.applicantPhone(),
                    d.applicantIdNumber(), d.applicantName(), d.agency(), d.note(), d.receivedAt(), d.dueAt(), d.updatedAt());
        }

        Dossier dossier() {
            return new Dossier(new DossierCode(code), DossierStatus.of(status).orElseThrow(), procedure, applicantPhone,
                    applicantIdNumber, applicantName, agency, note, receivedAt, dueAt, updatedAt);
        }
    }

    record StoredSubscription(String channel, String sender, String code, Integer lastKnown, Instant since) {

        static StoredSubscription of(Subscription s) {
            return new StoredSubscription(s.subscriber().channel().key(), s.subscriber().sender(), s.code().value(),
                    s.lastKnown() == null ? null : s.lastKnown().number(), s.since());
        }

        Subscription subscription() {
            return new Subscription(new ConversationKey(Channel.valueOf(channel.toUpperCase(java.util.Locale.ROOT)), sender),
                    new DossierCode(code), lastKnown == null ? null : DossierStatus.of(lastKnown).orElse(null), since);
        }
    }
}
