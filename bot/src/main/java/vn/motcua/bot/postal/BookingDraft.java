package vn.motcua.bot.postal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.message.Reply.Option;

/**
 * A booking being put together, kept as string slots of the conversation (any store can keep them).
 * Immutable: every change returns a new draft.
 */
record BookingDraft(Conversation conversation) {
    static final String DRAFT = "bc.draft";
    static final String STEP = "bc.step";
    static final String KIND = "bc.kind";
    static final String PROCEDURE = "bc.procedure";
    static final String DOSSIER = "bc.dossier";
    static final String NAME = "bc.name";
    static final String PHONE = "bc.phone";
    static final String PROVINCE = "bc.province";
    static final String COMMUNE = "bc.commune";
    static final String STREET = "bc.street";
    static final String WINDOW = "bc.window";
    static final String PLACED = "bc.placed";
    /** Communes the typed name can mean (codes), while the citizen has not said which. */
    static final String CANDIDATES = "bc.candidates";
    /** Option values last offered, so "2" typed on a channel without buttons picks the second. */
    static final String OFFERED = "bc.offered";
    private static final String SEPARATOR = "\u001f";

    enum Step { KIND, PROCEDURE, DOSSIER, NAME, PHONE, ADDRESS, COMMUNE, STREET, WINDOW, CONFIRM, CHANGE, DONE }

    static BookingDraft begin(Conversation conversation, String flowName) {
        return new BookingDraft(conversation.enter(flowName, Map.of(DRAFT, UUID.randomUUID().toString())));
    }

    Optional<String> get(String slot) {
        return conversation.slot(slot).filter(v -> !v.isBlank());
    }

    boolean has(String slot) {
        return get(slot).isPresent();
    }

    BookingDraft with(String slot, String value) {
        return new BookingDraft(conversation.with(slot, value));
    }

    BookingDraft without(String... slots) {
        Map<String, String> copy = new HashMap<>(conversation.slots());
        Arrays.stream(slots).forEach(copy::remove);
        return new BookingDraft(conversation.enter(conversation.flow(), copy));
    }

    Step step() {
        return get(STEP).map(Step::valueOf).orElse(Step.KIND);
    }

    BookingDraft at(Step step, List<Option> offered) {
        String values = String.join(SEPARATOR, offered.stream().map(Option::value).toList());
        return with(STEP, step.name()).with(OFFERED, values.isEmpty() ? null : values);
    }

    Optional<BookingKind> kind() {
        return get(KIND).map(BookingKind::valueOf);
    }

    String draftId() {
        return get(DRAFT).orElseThrow();
    }

    List<String> candidates() {
        return get(CANDIDATES).map(v -> List.of(v.split(SEPARATOR))).orElse(List.of());
    }

    BookingDraft withCandidates(List<String> codes) {
        return with(CANDIDATES, codes.isEmpty() ? null : String.join(SEPARATOR, codes));
    }

    /** The value of the n-th option offered when the citizen answers with its number. */
    String resolveNumber(String content) {
        if (!content.strip().matches("\\d{1,2}")) {
            return content;
        }
        List<String> values = get(OFFERED).map(v -> List.of(v.split(SEPARATOR))).orElse(List.of());
        int n = Integer.parseInt(content.strip());
        return n >= 1 && n <= values.size() ? values.get(n - 1) : content;
    }
}
