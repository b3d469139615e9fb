package vn.motcua.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class PreparedJsonTest {
    record Question(String text) {
    }

    record Reply(String answer, List<String> ids) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final PreparedJson<Question, Reply> json = new PreparedJson<>(mapper, Question.class, Reply.class, 64);

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_the_request_and_treats_a_blank_body_as_none() throws Exception {
        assertThat(json.read(body("{\"text\":\"lệ phí\"}"))).isEqualTo(new Question("lệ phí"));
        assertThat(json.read(body(""))).isNull();
        assertThat(json.read(body(" \r\n\t"))).isNull();
    }

    @Test
    void malformed_json_is_a_bad_request_naming_it() {
        for (String bad : List.of("{\"text\": ", "[1,2]", "tiền", "{\"text\": {\"a\": 1}}")) {
            assertThatThrownBy(() -> json.read(body(bad))).as(bad).isInstanceOf(BadRequestException.class)
                    .extracting(e -> ((BadRequestException) e).code()).isEqualTo("malformed_json");
        }
    }

    @Test
    void a_body_over_the_bound_is_refused_even_without_a_length() throws Exception {
        String exactly = "{\"text\":\"" + "a".repeat(64 - 11) + "\"}";
        assertThat(exactly).hasSize(64);
        assertThat(json.read(body(exactly)).text()).hasSize(53);
        assertThatThrownBy(() -> json.read(body(exactly + " "))).isInstanceOf(RequestSizeLimit.BodyTooLargeException.class);
        // a chunked upload carries no length: the read itself stops after the bound
        assertThatThrownBy(() -> json.read(new EndlessSpaces())).isInstanceOf(RequestSizeLimit.BodyTooLargeException.class);
    }

    @Test
    void writes_what_the_object_mapper_writes_with_its_length() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Reply reply = new Reply("Lệ phí: 50.000 đồng.", List.of("khai-sinh"));
        json.write(reply, response);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsByteArray()).isEqualTo(mapper.writeValueAsBytes(reply));
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    /** Spaces forever: only a bounded read ends. */
    private static final class EndlessSpaces extends InputStream {
        @Override
        public int read() {
            return ' ';
        }
    }
}
