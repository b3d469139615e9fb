package vn.motcua.adapters.redis;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.flow.Turn;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.Understanding;

/**
 * A two-step dialogue for tests that need conversation state to travel between instances: asked to
 * look up a dossier, it asks for the code, then repeats it. Passed to SpringApplicationBuilder as a
 * source (deliberately not a scanned {@code @Configuration}).
 */
class TestDialogue {

    @Bean
    Flow codeAskingFlow() {
        return new Flow() {
            @Override
            public String name() {
                return "test-code";
            }

            @Override
            public Intent intent() {
                return Intent.DOSSIER_STATUS;
            }

            @Override
            public Turn start(Conversation conversation, InboundMessage message, Understanding understanding) {
                return new Turn(conversation.enter(name(), Map.of("asked", "code")),
                        List.of(Reply.text("Bạn cho tôi mã hồ sơ nhé.")), intent());
            }

            @Override
            public Turn next(Conversation conversation, InboundMessage message) {
                return new Turn(conversation.idle(),
                        List.of(Reply.text("Đã nhận mã hồ sơ " + message.content().strip() + ".")), intent());
            }
        };
    }
}
