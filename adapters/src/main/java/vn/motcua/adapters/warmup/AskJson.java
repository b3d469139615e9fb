package vn.motcua.adapters.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.motcua.bot.answering.Answer;

/**
 * The ask API's JSON, in the same shapes (a question in, the intent, ranked procedures, section and text
 * out) through the application's own Jackson mapper with prepared readers and writers, as the API reads and
 * writes it: after the pipeline, Jackson was what the JIT compiled most under ask load. The web package's
 * own request and response records are not visible here (adapter packages do not import each other); the
 * records below mirror them, so Jackson runs the same code on the same kind of content.
 */
final class AskJson {
    private final ObjectWriter questionWriter;
    private final ObjectReader questionReader;
    private final ObjectWriter answerWriter;

    AskJson(ObjectMapper json) {
        this.questionWriter = json.writerFor(Question.class);
        this.questionReader = json.readerFor(Question.class);
        this.answerWriter = json.writerFor(Written.class);
    }

    record Question(String text) {
    }

    record Written(String intent, List<Ranked> procedures, String section, String answer) {
        record Ranked(String id, String nationalCode, String name, double score) {
        }
    }

    /** The question as the API would read it from its body. */
    String read(String question) {
        try {
            Question q = questionReader.readValue(questionWriter.writeValueAsBytes(new Question(question)));
            return q.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer as the API would write it (the bytes are dropped). */
    void write(Answer answer) {
        float top = answer.procedures().isEmpty() ? 1f : answer.procedures().get(0).score();
        List<Written.Ranked> ranked = answer.procedures().stream().limit(5)
                .map(hit -> new Written.Ranked(hit.procedure().publicId(), hit.procedure().nationalCode(),
                        hit.procedure().name(), Math.round(hit.score() / top * 1000) / 1000.0))
                .toList();
        try {
            answerWriter.writeValueAsBytes(new Written(answer.intent().key(), ranked,
                    answer.section() == null ? null : answer.section().key(), answer.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
