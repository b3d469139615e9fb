package vn.motcua.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.motcua.adapters.web.AskController.AskRequest;
import vn.motcua.adapters.web.AskController.AskResponse;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.answering.Answer;

/**
 * Not a test: the CPU time per question of the ask API's own work, the way it was (data binding, a
 * stream) against the way it is, alternating round by round in one JVM, through the application's
 * controller, assistant and object mapper. Run with {@code ./mvnw -pl adapters -am test
 * -Dtest=AskJsonTiming -Dsurefire.failIfNoSpecifiedTests=false -Dtiming.questions=FILE [-Dtiming.rounds=30]}.
 */
@SpringBootTest(properties = {"assistant.data-dir=target/test-data/ask-json-timing", "logging.level.root=WARN"})
@EnabledIfSystemProperty(named = "timing.questions", matches = ".+")
class AskJsonTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired
    AskController controller;
    @Autowired
    Assistant assistant;
    @Autowired
    ObjectMapper mapper;

    @Test
    void time() throws Exception {
        List<String> questions = Files.readAllLines(Path.of(System.getProperty("timing.questions")), StandardCharsets.UTF_8)
                .stream().filter(q -> !q.startsWith("#")).toList();
        List<Answer> answers = questions.stream().map(assistant::ask).toList();
        List<byte[]> bodies = questions.stream()
                .map(q -> ("{\"text\":" + quoted(q) + "}").getBytes(StandardCharsets.UTF_8)).toList();
        ObjectWriter writer = mapper.writerFor(AskResponse.class);
        ObjectReader reader = mapper.readerFor(AskRequest.class);
        PreparedJson<AskRequest, AskResponse> json = new PreparedJson<>(mapper, AskRequest.class, AskResponse.class,
                64 * 1024, new AskJson(), AskJson.REQUEST_SAMPLES, AskJson.ANSWER_SAMPLES);
        long[] sink = new long[1];
        // [old, new] for each part
        Map<String, Runnable[]> parts = new LinkedHashMap<>();
        parts.put("answer JSON (mapping + writing)", new Runnable[] {
            () -> answers.forEach(a -> sink[0] += unchecked(() -> writer.writeValueAsBytes(streamed(a))).length),
            () -> answers.forEach(a -> sink[0] += unchecked(() -> json.bytes(AskController.response(a))).length)});
        parts.put("whole ask through the controller", new Runnable[] {
            () -> bodies.forEach(b -> sink[0] += unchecked(() -> asked(b, reader, writer))),
            () -> bodies.forEach(b -> sink[0] += unchecked(() -> asked(b)))});
        int rounds = Integer.getInteger("timing.rounds", 30);
        int warmUp = rounds / 2;
        int passes = 10;
        for (var part : parts.entrySet()) {
            double[][] us = new double[2][rounds];
            for (int r = 0; r < warmUp + rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    int b = (r + k) % 2;
                    long start = CPU.getCurrentThreadCpuTime();
                    for (int p = 0; p < passes; p++) {
                        part.getValue()[b].run();
                    }
                    if (r >= warmUp) {
                        us[b][r - warmUp] = (CPU.getCurrentThreadCpuTime() - start) / 1e3 / passes / questions.size();
                    }
                }
            }
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = us[1][r] / us[0][r];
            }
            System.out.printf(Locale.ROOT, "%-34s old %.2f µs, new %.2f µs per question (medians); new/old %.3f"
                            + " (rounds %.3f-%.3f; %d rounds, %d questions)%n", part.getKey(), median(us[0]), median(us[1]),
                    median(ratios), Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0), rounds,
                    questions.size());
        }
        System.out.println("(sink " + sink[0] + ")");
    }

    /** The answer as the controller built it before: a stream over the procedures. */
    private static AskResponse streamed(Answer answer) {
        float top = answer.procedures().isEmpty() ? 1f : answer.procedures().get(0).score();
        List<AskResponse.RankedProcedure> procedures = answer.procedures().stream()
                .limit(5)
                .map(hit -> new AskResponse.RankedProcedure(hit.procedure().publicId(), hit.procedure().nationalCode(),
                        hit.procedure().name(), Math.round(hit.score() / top * 1000) / 1000.0))
                .toList();
        return new AskResponse(answer.intent().key(), procedures,
                answer.section() == null ? null : answer.section().key(), answer.text());
    }

    /** The controller's ask as it was: data binding both ways. */
    private long asked(byte[] body, ObjectReader reader, ObjectWriter writer) throws Exception {
        MockHttpServletRequest request = request(body);
        HttpServletResponse response = response();
        byte[] read = request.getInputStream().readNBytes(64 * 1024 + 1);
        AskRequest question = reader.readValue(read);
        Answer answer = assistant.ask(UserText.clean(question.text()));
        byte[] bytes = writer.writeValueAsBytes(streamed(answer));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return response.getBufferSize();
    }

    private long asked(byte[] body) throws Exception {
        HttpServletResponse response = response();
        controller.ask(request(body), response);
        return response.getBufferSize();
    }

    /**
     * A response whose body goes to a plain array: the mock's own stream writes byte by byte, which
     * would measure the mock (as Tomcat does, the answer is copied once into a buffer).
     */
    private static HttpServletResponse response() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        return new HttpServletResponseWrapper(new MockHttpServletResponse()) {
            @Override
            public ServletOutputStream getOutputStream() {
                return out;
            }

            @Override
            public int getBufferSize() {
                return body.size();
            }
        };
    }

    private static MockHttpServletRequest request(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/ask");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
