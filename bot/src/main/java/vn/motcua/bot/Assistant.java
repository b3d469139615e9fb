package vn.motcua.bot;

import java.util.List;
import java.util.Optional;
import vn.motcua.bot.answering.Answer;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.conversation.Conversation;
import vn.motcua.bot.conversation.ConversationStore;
import vn.motcua.bot.flow.Flow;
import vn.motcua.bot.flow.Turn;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.InboundMessage;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.IntentClassifier;
import vn.motcua.bot.understanding.Phrases;
import vn.motcua.bot.understanding.ProcedureCatalog;
import vn.motcua.bot.understanding.Understanding;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The one conversation core every channel talks to: it reads a message, continues the dialogue in
 * progress or starts the one the message asks for, and answers procedure questions.
 */
public class Assistant {
    private static final Phrases CANCEL = Phrases.of(List.of("hủy", "thoát", "dừng lại", "cancel", "bỏ qua"));
    /** Slots naming the last procedure answer, so that a 👍/👎 pressed after it knows what it rates. */
    static final String ANSWERED_QUESTION = "answered.question";
    static final String ANSWERED_PROCEDURE = "answered.procedure";

    private final IntentClassifier classifier;
    private final AnsweringQuestion answering;
    private final ProcedureCatalog catalog;
    private final ConversationStore conversations;
    private final List<Flow> flows;
    private final SmallTalk smallTalk;
    private final ReceivingFeedback feedback;

    public Assistant(IntentClassifier classifier, AnsweringQuestion answering, ProcedureCatalog catalog,
                     ConversationStore conversations, List<Flow> flows, SmallTalk smallTalk,
                     ReceivingFeedback feedback) {
        this.classifier = classifier;
        this.answering = answering;
        this.catalog = catalog;
        this.conversations = conversations;
        this.flows = List.copyOf(flows);
        this.smallTalk = smallTalk;
        this.feedback = feedback;
    }

    /** Stateless: one question in, one answer out (the ask API). */
    public Answer ask(String text) {
        Understanding u = classifier.understand(text);
        return switch (u.intent()) {
            case PROCEDURE, OUT_OF_SCOPE -> answering.answer(text, u, Channel.WEB);
            default -> new Answer(u.intent(), List.of(), null, smallTalk.about(u.intent()));
        };
    }

    /**
     * A message within a conversation (chat, Telegram, Zalo, SMS). When a store is unavailable (say the
     * shared Redis restarts), what needs no stored state is still answered and the rest gets a short
     * "briefly unavailable" reply; the citizen never sees an error.
     */
    public Response handle(InboundMessage message) {
        Optional<Conversation> stored;
        try {
            stored = conversations.find(message.conversationKey());
        } catch (StoreUnavailable e) {
            return withoutState(message);
        }
        Conversation conversation = stored.orElseGet(() -> Conversation.start(message.conversationKey()));
        Turn turn = respond(conversation, message);
        try {
            conversations.save(turn.conversation());
        } catch (StoreUnavailable e) {
            if (turn.conversation().flow() != null) {
                // the dialogue could not go on next time: better to say so now than to forget silently
                return new Response(turn.intent(), briefUnavailability());
            }
        }
        return new Response(turn.intent(), turn.replies());
    }

    /**
     * The conversation store cannot be read: answer what needs no dialogue state. A message that starts
     * a dialogue, or that cannot be placed (most likely the next step of a dialogue we cannot see), gets
     * the "briefly unavailable" reply.
     */
    private Response withoutState(InboundMessage message) {
        String content = message.content().strip();
        if (content.startsWith(AnsweringQuestion.PICK_PREFIX)) {
            Optional<Turn> picked = picked(Conversation.start(message.conversationKey()), content);
            if (picked.isPresent()) {
                return new Response(picked.get().intent(), picked.get().replies());
            }
        }
        Understanding u = classifier.understand(content);
        boolean startsDialogue = flows.stream().anyMatch(f -> f.intent() == u.intent());
        if (startsDialogue || u.intent() == Intent.OUT_OF_SCOPE) {
            return new Response(u.intent(), briefUnavailability());
        }
        if (u.intent() == Intent.PROCEDURE) {
            Answer a = answering.answer(content, u, message.channel());
            return new Response(a.intent(), a.replies());
        }
        return new Response(u.intent(), smallTalk.about(u.intent()));
    }

    private List<Reply> briefUnavailability() {
        return List.of(Reply.text(smallTalk.briefUnavailability()));
    }

    private Turn respond(Conversation conversation, InboundMessage message) {
        String content = message.content().strip();
        if (content.equals(Reply.FEEDBACK_UP) || content.equals(Reply.FEEDBACK_DOWN)) {
            // checked before any flow: an old answer's button pressed mid-dialogue must not be read as input
            return rated(conversation, message.channel(), content.equals(Reply.FEEDBACK_UP));
        }
        Optional<Flow> current = flowNamed(conversation.flow());
        boolean cancel = CANCEL.foundIn(VietnameseText.fold(content)) && content.length() <= 30
                && flows.stream().noneMatch(f -> f.ownsCommand(content));
        if (current.isPresent()) {
            if (cancel) {
                return current.get().cancel(conversation);
            }
            Turn turn;
            try {
                turn = current.get().next(conversation, message);
            } catch (StoreUnavailable e) {
                // keep the dialogue where it was: the citizen can send the same message again shortly
                return new Turn(conversation, briefUnavailability(), current.get().intent());
            }
            if (!turn.handedBack()) {
                return turn;
            }
            conversation = turn.conversation();
        }
        if (cancel) {
            // HUY on SMS with nothing in progress: say so rather than search the knowledge base for it
            return new Turn(conversation.idle(), List.of(Reply.text(
                    "Hiện không có thao tác nào cần hủy. Bạn cần hỏi gì, cứ nhắn cho tôi nhé.")), Intent.HELP);
        }
        if (content.startsWith(AnsweringQuestion.PICK_PREFIX)) {
            Optional<Turn> picked = picked(conversation, content);
            if (picked.isPresent()) {
                return picked.get();
            }
        }
        Understanding u = classifier.understand(content);
        for (Flow flow : flows) {
            if (flow.intent() == u.intent()) {
                try {
                    return flow.start(conversation, message, u);
                } catch (StoreUnavailable e) {
                    return new Turn(conversation.idle(), briefUnavailability(), flow.intent());
                }
            }
        }
        return switch (u.intent()) {
            case PROCEDURE, OUT_OF_SCOPE -> {
                Answer a = answering.answer(content, u, message.channel());
                String procedureId = u.procedures().isEmpty() ? null : u.procedures().get(0).procedure().publicId();
                yield new Turn(answered(conversation.idle(), a, content, procedureId), a.replies(), a.intent());
            }
            default -> new Turn(conversation.idle(), smallTalk.about(u.intent()), u.intent());
        };
    }

    /**
     * Remembers the question of a procedure answer (a close call too: picking one of its choices
     * answers the same question), and the procedure when the answer can be rated.
     */
    private static Conversation answered(Conversation idle, Answer a, String question, String procedureId) {
        if (a.intent() != Intent.PROCEDURE) {
            return idle;
        }
        boolean rateable = a.replies().stream().anyMatch(Reply::takesFeedback);
        return idle.with(ANSWERED_QUESTION, question).with(ANSWERED_PROCEDURE, rateable ? procedureId : null);
    }

    /** 👍/👎 on the last answer; an unhelpful one sends its question to staff through the unanswered inbox. */
    private Turn rated(Conversation conversation, Channel channel, boolean helpful) {
        Optional<String> question = conversation.slot(ANSWERED_QUESTION);
        Optional<String> procedure = conversation.slot(ANSWERED_PROCEDURE);
        if (question.isEmpty() || procedure.isEmpty()) {
            // the answer is no longer the last one (another message came since): nothing to attach the rating to
            return new Turn(conversation, List.of(Reply.text(
                    "Cảm ơn bạn! Nếu câu trả lời chưa đúng ý, bạn hãy hỏi lại để tôi trả lời và ghi nhận góp ý nhé.")),
                    Intent.PROCEDURE);
        }
        feedback.receive(channel, question.get(), procedure.get(), helpful);
        String text = helpful ? "Cảm ơn bạn đã góp ý!"
                : "Cảm ơn bạn đã góp ý! Câu hỏi đã được chuyển cho cán bộ để bổ sung.";
        // rated once: a second press must not file the question again
        Conversation rated = conversation.with(ANSWERED_PROCEDURE, null);
        return new Turn(rated, List.of(Reply.text(text)), Intent.PROCEDURE);
    }

    /** An option value {@code tt:<procedure id>:<section>} answers that section without a new search. */
    private Optional<Turn> picked(Conversation conversation, String value) {
        String[] parts = value.substring(AnsweringQuestion.PICK_PREFIX.length()).split(":", 2);
        ProcedureSection section = parts.length > 1
                ? ProcedureSection.parse(parts[1]).orElse(ProcedureSection.GENERAL)
                : ProcedureSection.GENERAL;
        return catalog.find(parts[0]).map(p -> {
            Answer a = answering.answerFor(p, section, List.of());
            String question = conversation.slot(ANSWERED_QUESTION).orElse(p.name());
            return new Turn(answered(conversation.idle(), a, question, p.publicId()), a.replies(), Intent.PROCEDURE);
        });
    }

    private Optional<Flow> flowNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return flows.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
