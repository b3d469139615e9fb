package vn.motcua.adapters.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public API as operators and the web chat use it, including the input it must refuse politely. */
@SpringBootTest(properties = "assistant.data-dir=target/test-data/public-api")
@AutoConfigureMockMvc
class PublicApiIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private String body(Object o) throws Exception {
        return json.writeValueAsString(o);
    }

    @Test
    void health_and_ping_answer() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/v1/ping")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ok"));
    }

    @Test
    void ask_answers_a_procedure_question_with_its_source() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("text", "làm hộ chiếu phổ thông cần giấy tờ gì"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").value("procedure"))
                .andExpect(jsonPath("$.procedures[0].id").value("ho-chieu.cap-trong-nuoc"))
                .andExpect(jsonPath("$.procedures[0].nationalCode").value("1.001456"))
                .andExpect(jsonPath("$.section").value("documents"))
                .andExpect(jsonPath("$.answer", containsString("Nguồn:")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentLength())
                        .as("sent with its length, not chunked").isEqualTo(result.getResponse().getContentAsByteArray().length));
    }

    @Test
    void chat_keeps_the_conversation_id_and_offers_options() throws Exception {
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conversation\": null, \"text\": \"xin chào\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversation", not(emptyString())))
                .andExpect(jsonPath("$.intent").value("greeting"))
                .andExpect(jsonPath("$.replies[0].options[0].label").isNotEmpty());
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conversation\": \"abcdef12-3456\", \"text\": \"lệ phí đăng ký kết hôn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversation").value("abcdef12-3456"))
                .andExpect(jsonPath("$.intent").value("procedure"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void empty_text_gets_a_json_400(String text) throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content(body(Map.of("text", text))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("empty_text"));
    }

    @Test
    void missing_body_and_null_text_get_a_json_400() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("empty_text"));
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("empty_text"));
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content("{\"text\": null}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("empty_text"));
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
    }

    @Test
    void text_over_4000_characters_is_refused_with_json() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("text", "a".repeat(4001)))))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error").value("text_too_long"));
    }

    @Test
    void a_huge_body_is_refused_before_it_is_read() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("text", "x".repeat(200_000)))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("body_too_large"));
    }

    @Test
    void malformed_json_and_wrong_content_type_get_json_4xx() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("malformed_json"));
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content("[\"lệ phí\"]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("malformed_json"));
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("text=hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"));
        mvc.perform(get("/api/v1/ask")).andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:* AND (", "name:\"khai sinh\"~2 OR body:[a TO z]", "\u0000\u0007lệ phí\u001b",
            "😀😀🙏 làm căn cước", "\\\\ // && || ! ^ ~ ? :"})
    void query_syntax_control_characters_and_emoji_are_just_text(String text) throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON).content(body(Map.of("text", text))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent").isNotEmpty())
                .andExpect(jsonPath("$.answer").isNotEmpty());
    }

    @Test
    void the_chat_page_is_served_in_vietnamese() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("/chat.js")));
    }
}
