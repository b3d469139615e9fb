package vn.motcua.adapters.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.Response;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;

/** {@code POST /api/v1/chat}: the web chat; the conversation id carries the dialogue state. */
@RestController
class ChatController {
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final Assistant assistant;

    ChatController(Assistant assistant) {
        this.assistant = assistant;
    }

    @PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse chat(@RequestBody(required = false) ChatRequest request) {
        String text = UserText.clean(request == null ? null : request.text());
        String conversation = request.conversation();
        if (conversation == null || conversation.isBlank()) {
            conversation = UUID.randomUUID().toString();
        } else if (!CONVERSATION_ID.matcher(conversation).matches()) {
            throw new BadRequestException("bad_conversation", "Mã cuộc trò chuyện không hợp lệ.");
        }
        Response response = assistant.handle(InboundMessage.text(Channel.WEB, conversation, text));
        return new ChatResponse(conversation, response.intent().key(),
                response.replies().stream().map(ChatController::toJson).toList());
    }

    private static ChatReply toJson(Reply reply) {
        return new ChatReply(reply.text(),
                reply.options().stream().map(o -> new ChatOption(o.label(), o.value())).toList(),
                reply.links().stream().map(l -> new ChatLink(l.label(), l.url())).toList());
    }

    record ChatRequest(String conversation, String text) {
    }

    record ChatResponse(String conversation, String intent, List<ChatReply> replies) {
    }

    record ChatReply(String text, List<ChatOption> options, List<ChatLink> links) {
    }

    record ChatOption(String label, String value) {
    }

    record ChatLink(String label, String url) {
    }
}
