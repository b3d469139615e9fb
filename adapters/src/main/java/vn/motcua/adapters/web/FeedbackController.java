package vn.motcua.adapters.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.bot.inbox.ReceivingFeedback;
import vn.motcua.bot.message.Channel;

/**
 * {@code POST /api/v1/feedback}: the web chat's 👍/👎 under an answer. An unhelpful answer sends the
 * question to the staff's unanswered inbox.
 */
@RestController
class FeedbackController {
    private final ReceivingFeedback feedback;

    FeedbackController(ReceivingFeedback feedback) {
        this.feedback = feedback;
    }

    @PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> feedback(@RequestBody(required = false) FeedbackRequest request) {
        if (request == null || request.helpful() == null) {
            throw new BadRequestException("missing_helpful", "Thiếu đánh giá (helpful: true hoặc false).");
        }
        String question = UserText.clean(request.question());
        feedback.receive(Channel.WEB, question, null, request.helpful());
        return ResponseEntity.noContent().build();
    }

    record FeedbackRequest(String conversation, String question, Boolean helpful) {
    }
}
