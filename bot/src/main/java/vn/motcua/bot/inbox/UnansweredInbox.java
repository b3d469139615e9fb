package vn.motcua.bot.inbox;

import java.util.List;
import java.util.Optional;
import vn.motcua.bot.answering.UnansweredQuestions;

/** The unanswered questions as staff work through them. */
public interface UnansweredInbox extends UnansweredQuestions {

    /** Every question, newest first. */
    List<InboxQuestion> all();

    Optional<InboxQuestion> find(String id);

    /** Closes the question; false when there is no such question. */
    boolean resolve(String id, Resolution resolution);

    default List<InboxQuestion> open() {
        return all().stream().filter(InboxQuestion::open).toList();
    }
}
