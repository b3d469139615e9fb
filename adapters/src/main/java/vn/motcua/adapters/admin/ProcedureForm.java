package vn.motcua.adapters.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.motcua.knowledge.procedure.Agencies;
import vn.motcua.knowledge.procedure.Caveat;
import vn.motcua.knowledge.procedure.LegalReference;
import vn.motcua.knowledge.procedure.OnlineService;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.procedure.RequiredDocument;
import vn.motcua.knowledge.procedure.Source;
import vn.motcua.knowledge.procedure.SubmissionChannel;
import vn.motcua.knowledge.procedure.SubmissionMode;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The editor's form: every field of a procedure, structured lists as rows, short lists as one item
 * per line. Public fields because Spring binds them directly ({@code documents[2].name}); names
 * match the validator's field names so that its messages land next to the right input.
 */
public class ProcedureForm {
    public String id = "";
    public String nationalCode = "";
    public String name = "";
    public String field = "";
    public String levels = "";
    public String applicants = "";
    public String competent = "";
    public String implementing = "";
    public String delegated = "";
    public String coordinating = "";
    public String submitAt = "";
    public List<ChannelRow> channels = new ArrayList<>();
    public String onlineLevel = "";
    public String onlineUrl = "";
    public List<DocumentRow> documents = new ArrayList<>();
    public List<String> steps = new ArrayList<>();
    public String timeLimit = "";
    public String fee = "";
    public String feeExemptions = "";
    public String requirements = "";
    public String result = "";
    public List<LegalRow> legalBasis = new ArrayList<>();
    public String related = "";
    public String aliases = "";
    public String examples = "";
    public String sourceDecision = "";
    public String sourceUrl = "";
    public String lastReviewed = "";
    public List<CaveatRow> caveats = new ArrayList<>();
    public long version;

    public static class ChannelRow {
        public String mode = "";
        public String timeLimit = "";
        public String fee = "";
        public String note = "";
    }

    public static class DocumentRow {
        public String name = "";
        public String copies = "";
        public String form = "";
        public String note = "";
    }

    public static class LegalRow {
        public String number = "";
        public String title = "";
    }

    public static class CaveatRow {
        public String section = "";
        public String text = "";
    }

    static ProcedureForm of(Procedure p) {
        ProcedureForm f = new ProcedureForm();
        f.id = text(p.id());
        f.nationalCode = text(p.nationalCode());
        f.name = text(p.name());
        f.field = text(p.field());
        f.levels = lines(p.levels());
        f.applicants = lines(p.applicants());
        f.competent = p.agencies().competent();
        f.implementing = p.agencies().implementing();
        f.delegated = p.agencies().delegated();
        f.coordinating = p.agencies().coordinating();
        f.submitAt = text(p.submitAt());
        for (SubmissionChannel c : p.channels()) {
            ChannelRow row = new ChannelRow();
            row.mode = c.mode() == null ? "" : c.mode().name();
            row.timeLimit = c.timeLimit();
            row.fee = c.fee();
            row.note = c.note();
            f.channels.add(row);
        }
        if (p.online() != null) {
            f.onlineLevel = text(p.online().level());
            f.onlineUrl = text(p.online().url());
        }
        for (RequiredDocument d : p.documents()) {
            DocumentRow row = new DocumentRow();
            row.name = text(d.name());
            row.copies = d.copies();
            row.form = d.form();
            row.note = d.note();
            f.documents.add(row);
        }
        f.steps = new ArrayList<>(p.steps());
        f.timeLimit = text(p.timeLimit());
        f.fee = text(p.fee());
        f.feeExemptions = text(p.feeExemptions());
        f.requirements = lines(p.requirements());
        f.result = text(p.result());
        for (LegalReference l : p.legalBasis()) {
            LegalRow row = new LegalRow();
            row.number = text(l.number());
            row.title = text(l.title());
            f.legalBasis.add(row);
        }
        f.related = lines(p.related());
        f.aliases = lines(p.aliases());
        f.examples = lines(p.examples());
        if (p.source() != null) {
            f.sourceDecision = text(p.source().decision());
            f.sourceUrl = text(p.source().url());
        }
        f.lastReviewed = p.lastReviewed() == null ? "" : p.lastReviewed().toString();
        for (Caveat c : p.caveats()) {
            CaveatRow row = new CaveatRow();
            row.section = c.section() == null ? "" : c.section().key();
            row.text = text(c.text());
            f.caveats.add(row);
        }
        f.version = p.versionOrZero();
        return f;
    }

    /** The procedure this form describes; empty rows (an added row left blank) are dropped. */
    Procedure toProcedure() {
        List<SubmissionChannel> channelList = channels.stream().filter(Objects::nonNull)
                .filter(c -> !blank(c.mode) || !blank(c.fee) || !blank(c.timeLimit) || !blank(c.note))
                .map(c -> new SubmissionChannel(mode(c.mode), clean(c.timeLimit), clean(c.fee), clean(c.note)))
                .toList();
        List<RequiredDocument> documentList = documents.stream().filter(Objects::nonNull)
                .filter(d -> !blank(d.name) || !blank(d.copies) || !blank(d.form) || !blank(d.note))
                .map(d -> new RequiredDocument(clean(d.name), clean(d.copies), clean(d.form), clean(d.note)))
                .toList();
        List<LegalReference> legal = legalBasis.stream().filter(Objects::nonNull)
                .filter(l -> !blank(l.number) || !blank(l.title))
                .map(l -> new LegalReference(clean(l.number), clean(l.title)))
                .toList();
        List<Caveat> caveatList = caveats.stream().filter(Objects::nonNull)
                .filter(c -> !blank(c.text) || !blank(c.section))
                .map(c -> new Caveat(ProcedureSection.parse(c.section).orElse(null), clean(c.text)))
                .toList();
        OnlineService online = blank(onlineLevel) && blank(onlineUrl) ? null
                : new OnlineService(nullIfBlank(onlineLevel), nullIfBlank(onlineUrl));
        Source source = blank(sourceDecision) && blank(sourceUrl) ? null
                : new Source(nullIfBlank(sourceDecision), nullIfBlank(sourceUrl));
        return new Procedure(nullIfBlank(id), nullIfBlank(nationalCode), clean(name), clean(field), split(levels),
                new Agencies(clean(competent), clean(implementing), clean(delegated), clean(coordinating)),
                split(applicants), clean(submitAt), channelList, online, documentList,
                steps.stream().filter(s -> !blank(s)).map(ProcedureForm::clean).toList(),
                clean(timeLimit), clean(fee), nullIfBlank(feeExemptions), split(requirements), clean(result), legal,
                split(related), split(aliases), split(examples), source, date(lastReviewed), caveatList, version);
    }

    /** A date the browser's date input sends; anything else is left out (the editor shows it as is). */
    private static LocalDate date(String s) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static SubmissionMode mode(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return SubmissionMode.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(ProcedureForm::clean).filter(s -> !s.isEmpty()).toList();
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.nfc(s).strip();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : clean(s);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
