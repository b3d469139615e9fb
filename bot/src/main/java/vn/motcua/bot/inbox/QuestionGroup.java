package vn.motcua.bot.inbox;

import java.util.List;

/** Questions that say nearly the same thing; the first is the oldest and names the group. */
public record QuestionGroup(List<InboxQuestion> questions) {
    public QuestionGroup {
        questions = List.copyOf(questions);
    }

    public InboxQuestion first() {
        return questions.get(0);
    }

    public int size() {
        return questions.size();
    }
}
