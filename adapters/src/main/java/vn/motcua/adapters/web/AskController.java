package vn.motcua.adapters.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.answering.Answer;
import vn.motcua.knowledge.search.SearchHit;

/** {@code POST /api/v1/ask}: one question in, one answer out, no conversation state. */
@RestController
class AskController {
    private final Assistant assistant;
    private final AskBodies json;

    AskController(Assistant assistant, AskBodies json) {
        this.assistant = assistant;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/ask", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    void ask(HttpServletRequest request, HttpServletResponse response) throws IOException {
        json.write(answer(json.read(request.getInputStream())), response);
    }

    private AskResponse answer(AskRequest request) {
        return response(assistant.ask(question(request)));
    }

    /** The question the assistant is asked: the body's text, cleaned. */
    static String question(AskRequest request) {
        return UserText.clean(request == null ? null : request.text());
    }

    /** The answer as the API shows it: at most five procedures, scored against the best. */
    static AskResponse response(Answer answer) {
        float top = answer.procedures().isEmpty() ? 1f : answer.procedures().get(0).score();
        List<SearchHit> hits = answer.procedures();
        AskResponse.RankedProcedure[] procedures = new AskResponse.RankedProcedure[Math.min(5, hits.size())];
        for (int i = 0; i < procedures.length; i++) {
            procedures[i] = ranked(hits.get(i), top);
        }
        return new AskResponse(answer.intent().key(), Arrays.asList(procedures),
                answer.section() == null ? null : answer.section().key(), answer.text());
    }

    private static AskResponse.RankedProcedure ranked(SearchHit hit, float top) {
        var p = hit.procedure();
        // scores relative to the best match: Lucene's raw scores have no fixed scale
        double score = Math.round(hit.score() / top * 1000) / 1000.0;
        return new AskResponse.RankedProcedure(p.publicId(), p.nationalCode(), p.name(), score);
    }

    record AskRequest(String text) {
    }

    record AskResponse(String intent, List<RankedProcedure> procedures, String section, String answer) {
        record RankedProcedure(String id, String nationalCode, String name, double score) {
        }
    }
}
