package vn.motcua.bot.answering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent unanswered questions in this process (bounded, oldest dropped first). */
public class InMemoryUnansweredQuestions implements UnansweredQuestions {
    private final Deque<UnansweredQuestion> questions = new ArrayDeque<>();
    private final int capacity;

    public InMemoryUnansweredQuestions(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(UnansweredQuestion question) {
        questions.addFirst(question);
        while (questions.size() > capacity) {
            questions.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<UnansweredQuestion> recent() {
        return new ArrayList<>(questions);
    }
}
