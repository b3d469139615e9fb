package vn.motcua.adapters;

import java.io.IOException;
import vn.motcua.bot.answering.Answer;

/**
 * The ask API's JSON, question body in and answer body out, exactly as the web package reads and writes
 * it, for code that runs the ask without a request: the start-up warm-up, so that the JIT compiles the
 * very code the API runs rather than a look-alike.
 */
public interface AskApiJson {
    /** The question in an ask body, read and cleaned as the API does (null when the body holds none). */
    String question(byte[] body) throws IOException;

    /** The answer's body as the API writes it. */
    byte[] answer(Answer answer) throws IOException;
}
