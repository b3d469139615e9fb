package vn.motcua.adapters.web;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Not a test: writes the ask API's answer (status, content type, length, body bytes) for every line
 * of a question file, through the application's own controller and object mapper, so that two builds
 * can be compared byte for byte. Run with
 * {@code ./mvnw -pl adapters -am test -Dtest=AskJsonDump -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddump.questions=FILE -Ddump.out=FILE -DargLine=-Djava.util.concurrent.ForkJoinPool.common.parallelism=0}
 * after deleting {@code adapters/target/test-data/ask-json-dump}: the application keeps its index in
 * its data directory, built in parallel unless told otherwise, and procedures with equal scores at the
 * fifth place may then come in another order from one build of the index to the next.
 */
@SpringBootTest(properties = "assistant.data-dir=target/test-data/ask-json-dump")
@EnabledIfSystemProperty(named = "dump.out", matches = ".+")
class AskJsonDump {
    @Autowired
    AskController controller;

    @Test
    void dump() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String q : Files.readAllLines(Path.of(System.getProperty("dump.questions")), StandardCharsets.UTF_8)) {
            bodies.add("{\"text\":" + quoted(q) + "}");
        }
        bodies.addAll(List.of("", " ", "{}", "{\"text\":null}", "{\"text\":5}", "{\"text\":\"a\",\"x\":1}",
                "{\"text\":\"lệ phí\"} trailing", "[\"lệ phí\"]", "{\"text\":", "\"lệ phí\"", "{\"text\":[1]}",
                "{\"text\":\"a\",\"text\":\"đăng ký khai sinh\"}", "{\"other\":\"x\"}", "null", "{\"text\":\"\\u0111\"}"));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(System.getProperty("dump.out")), StandardCharsets.UTF_8)) {
            for (String body : bodies) {
                MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/ask");
                request.setContentType("application/json");
                request.setContent(body.getBytes(StandardCharsets.UTF_8));
                MockHttpServletResponse response = new MockHttpServletResponse();
                out.write("> " + body + "\n");
                try {
                    controller.ask(request, response);
                    out.write(response.getStatus() + " " + response.getContentType() + " " + response.getContentLength()
                            + " " + response.getHeaderNames() + "\n");
                    out.write(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8) + "\n");
                } catch (Exception e) {
                    out.write("! " + e.getClass().getName() + " " + e.getMessage() + "\n");
                }
            }
        }
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
