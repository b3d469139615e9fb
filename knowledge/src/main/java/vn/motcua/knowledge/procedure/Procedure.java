package vn.motcua.knowledge.procedure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One administrative procedure (thủ tục hành chính) as the knowledge base holds it. The same record
 * is the seed file format, the admin API document and what the index is built from, so that a
 * procedure looks the same wherever it travels.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Procedure(
        String id,
        String nationalCode,
        String name,
        String field,
        List<String> levels,
        Agencies agencies,
        List<String> applicants,
        String submitAt,
        List<SubmissionChannel> channels,
        OnlineService online,
        List<RequiredDocument> documents,
        List<String> steps,
        String timeLimit,
        String fee,
        String feeExemptions,
        List<String> requirements,
        String result,
        List<LegalReference> legalBasis,
        List<String> related,
        List<String> aliases,
        List<String> examples,
        Source source,
        LocalDate lastReviewed,
        List<Caveat> caveats,
        Long version) {

    public Procedure {
        levels = copy(levels);
        applicants = copy(applicants);
        channels = copy(channels);
        documents = copy(documents);
        steps = copy(steps);
        requirements = copy(requirements);
        legalBasis = copy(legalBasis);
        related = copy(related);
        aliases = copy(aliases);
        examples = copy(examples);
        caveats = copy(caveats);
        agencies = agencies == null ? Agencies.NONE : agencies;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The id citizens' answers and the API use: the catalogue id, else the national code. */
    public String publicId() {
        return id != null && !id.isBlank() ? id : nationalCode;
    }

    public Optional<SubmissionChannel> channel(SubmissionMode mode) {
        return channels.stream().filter(c -> c.mode() == mode).findFirst();
    }

    public List<Caveat> caveatsFor(ProcedureSection section) {
        return caveats.stream().filter(c -> c.section() == section).toList();
    }

    public long versionOrZero() {
        return version == null ? 0 : version;
    }

    public Procedure withVersion(long newVersion) {
        return new Procedure(id, nationalCode, name, field, levels, agencies, applicants, submitAt, channels,
                online, documents, steps, timeLimit, fee, feeExemptions, requirements, result, legalBasis,
                related, aliases, examples, source, lastReviewed, caveats, newVersion);
    }

    public Procedure withId(String newId) {
        return new Procedure(newId, nationalCode, name, field, levels, agencies, applicants, submitAt, channels,
                online, documents, steps, timeLimit, fee, feeExemptions, requirements, result, legalBasis,
                related, aliases, examples, source, lastReviewed, caveats, version);
    }

    public Procedure withExamples(List<String> newExamples) {
        return new Procedure(id, nationalCode, name, field, levels, agencies, applicants, submitAt, channels,
                online, documents, steps, timeLimit, fee, feeExemptions, requirements, result, legalBasis,
                related, aliases, newExamples, source, lastReviewed, caveats, version);
    }
}
