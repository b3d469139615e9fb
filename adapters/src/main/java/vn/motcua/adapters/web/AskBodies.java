package vn.motcua.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import vn.motcua.adapters.AskApiJson;
import vn.motcua.adapters.web.AskController.AskRequest;
import vn.motcua.adapters.web.AskController.AskResponse;
import vn.motcua.bot.answering.Answer;

/**
 * The ask API's request and answer bodies ({@link PreparedJson} with {@link AskJson}): one object for the
 * controller and for whoever runs the ask without a request ({@link AskApiJson}, the start-up warm-up).
 */
@Component
final class AskBodies implements AskApiJson {
    private final PreparedJson<AskRequest, AskResponse> json;

    AskBodies(ObjectMapper mapper) {
        this.json = new PreparedJson<>(mapper, AskRequest.class, AskResponse.class, (int) RequestSizeLimit.MAX_BYTES,
                new AskJson(), AskJson.REQUEST_SAMPLES, AskJson.ANSWER_SAMPLES);
    }

    AskRequest read(InputStream body) throws IOException {
        return json.read(body);
    }

    void write(AskResponse answer, HttpServletResponse response) throws IOException {
        json.write(answer, response);
    }

    @Override
    public String question(byte[] body) throws IOException {
        return AskController.question(read(new ByteArrayInputStream(body)));
    }

    @Override
    public byte[] answer(Answer answer) throws IOException {
        return json.bytes(AskController.response(answer));
    }
}
