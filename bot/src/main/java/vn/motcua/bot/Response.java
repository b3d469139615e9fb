package vn.motcua.bot;

import java.util.List;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;

/** What the assistant says back to one inbound message. */
public record Response(Intent intent, List<Reply> replies) {
    public Response {
        replies = List.copyOf(replies);
    }
}
