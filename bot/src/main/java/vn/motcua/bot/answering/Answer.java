package vn.motcua.bot.answering;

import java.util.List;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.search.SearchHit;

/** The outcome of one question: what was understood and the replies to show. */
public record Answer(Intent intent, List<SearchHit> procedures, ProcedureSection section, List<Reply> replies) {
    public Answer {
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        replies = List.copyOf(replies);
    }

    /** All reply texts joined, for callers that show one text (the ask API, SMS). */
    public String text() {
        if (replies.size() == 1) {
            return replies.get(0).text();
        }
        return String.join("\n\n", replies.stream().map(Reply::text).toList());
    }
}
