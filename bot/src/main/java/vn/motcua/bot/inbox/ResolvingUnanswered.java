package vn.motcua.bot.inbox;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.knowledge.editing.EditResult;
import vn.motcua.knowledge.editing.EditingProcedures;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Use case: staff close inbox questions in one step. Attaching makes each distinct phrasing an
 * example of the procedure (searchable at once, so the same question is answered next time); a
 * synonym teaches search a word; dismissing just closes them.
 */
public class ResolvingUnanswered {
    private final UnansweredInbox inbox;
    private final EditingProcedures editing;
    private final Synonyms synonyms;
    private final Clock clock;

    /** {@code synonyms} may be null where the search engine cannot take synonyms. */
    public ResolvingUnanswered(UnansweredInbox inbox, EditingProcedures editing, Synonyms synonyms, Clock clock) {
        this.inbox = inbox;
        this.editing = editing;
        this.synonyms = synonyms;
        this.clock = clock;
    }

    public EditResult attachAsExample(List<String> questionIds, String procedureId, String by) {
        List<InboxQuestion> questions = found(questionIds);
        Set<String> phrasings = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (InboxQuestion q : questions) {
            if (seen.add(VietnameseText.fold(q.text()))) {
                phrasings.add(q.text());
            }
        }
        EditResult result = new EditResult.NotFound(procedureId);
        for (String phrase : phrasings) {
            result = editing.addExample(procedureId, phrase, by);
            if (!(result instanceof EditResult.Saved)) {
                return result;
            }
        }
        close(questions, Resolution.Kind.EXAMPLE, procedureId, null, by);
        return result;
    }

    public boolean canAddSynonyms() {
        return synonyms != null;
    }

    public boolean addSynonym(List<String> questionIds, String phrase, String meaning, String by) {
        if (synonyms == null || phrase == null || phrase.isBlank() || meaning == null || meaning.isBlank()) {
            return false;
        }
        synonyms.add(VietnameseText.nfc(phrase).strip(), VietnameseText.nfc(meaning).strip());
        close(found(questionIds), Resolution.Kind.SYNONYM, null, phrase.strip() + " = " + meaning.strip(), by);
        return true;
    }

    public int dismiss(List<String> questionIds, String by) {
        List<InboxQuestion> questions = found(questionIds);
        close(questions, Resolution.Kind.DISMISSED, null, null, by);
        return questions.size();
    }

    private List<InboxQuestion> found(List<String> ids) {
        return ids.stream().map(inbox::find).flatMap(Optional::stream).filter(InboxQuestion::open).toList();
    }

    private void close(List<InboxQuestion> questions, Resolution.Kind kind, String procedureId, String detail,
                       String by) {
        for (InboxQuestion q : questions) {
            inbox.resolve(q.id(), new Resolution(kind, procedureId, detail, by, clock.instant()));
        }
    }
}
