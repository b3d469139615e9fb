package vn.motcua.adapters.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The admin API as interfaces.md promises it, and the doors of the console. */
@SpringBootTest(properties = {
        "assistant.data-dir=target/test-data/admin-api",
        "assistant.admin.password=test-admin-pw",
        "assistant.onestop.push-secret=push-test-secret",
        "assistant.admin.users[0].name=ops",
        "assistant.admin.users[0].password=ops-pw",
        "assistant.admin.users[0].role=OPERATOR"})
@AutoConfigureMockMvc
class AdminApiIT {
    static {
        // edits, revisions and the inbox persist under the data dir: start each run from the seeds
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/test-data/admin-api"));
    }

    private static final String ID = "ho-tich.ket-hon";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static final String ADMIN = basic("admin", "test-admin-pw");

    private ObjectNode read(String id) throws Exception {
        String body = mvc.perform(get("/api/v1/admin/procedures/" + id).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return (ObjectNode) json.readTree(body);
    }

    @Test
    void without_credentials_the_api_answers_401_and_the_pages_send_to_login() throws Exception {
        mvc.perform(get("/api/v1/admin/procedures"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
                .andExpect(jsonPath("$.error").value("unauthorized"));
        mvc.perform(get("/api/v1/admin/procedures").header(HttpHeaders.AUTHORIZATION, basic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/procedures")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/admin/login"));
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
    }

    @Test
    void the_list_pages_and_searches() throws Exception {
        mvc.perform(get("/api/v1/admin/procedures?size=5&page=0").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.total", greaterThan(5)));
        mvc.perform(get("/api/v1/admin/procedures?q=kết hôn").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id", containsString("ket-hon")));
    }

    @Test
    void a_put_with_a_stale_version_or_etag_gets_409_and_a_fresh_one_is_searchable_at_once() throws Exception {
        ObjectNode doc = read(ID);
        long version = doc.get("version").asLong();
        doc.put("fee", "Lệ phí thử nghiệm 12.345 đồng");

        mvc.perform(put("/api/v1/admin/procedures/" + ID).header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.version").value(version + 1));

        mvc.perform(put("/api/v1/admin/procedures/" + ID).header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("stale_version"))
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
        mvc.perform(put("/api/v1/admin/procedures/" + ID).header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content(doc.put("version", version + 1).toString()))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"lệ phí đăng ký kết hôn bao nhiêu\"}"))
                .andExpect(jsonPath("$.answer", containsString("12.345 đồng")));
        mvc.perform(get("/api/v1/admin/procedures/" + ID + "/revisions").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].author").value("admin"))
                .andExpect(jsonPath("$[0].change").value("edited"))
                .andExpect(jsonPath("$[0].changes[0].field").value("fee"))
                .andExpect(jsonPath("$[0].changes[0].after").value("Lệ phí thử nghiệm 12.345 đồng"))
                .andExpect(jsonPath("$[1].change").value("baseline"));
    }

    @Test
    void an_invalid_document_gets_its_problems_by_field() throws Exception {
        ObjectNode doc = read("ho-tich.khai-tu");
        doc.put("fee", "");
        mvc.perform(put("/api/v1/admin/procedures/ho-tich.khai-tu").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].field").value("fee"));
        mvc.perform(put("/api/v1/admin/procedures/ho-tich.khai-tu").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void create_then_delete() throws Exception {
        ObjectNode doc = read("ho-tich.khai-tu");
        doc.put("id", "thu-nghiem.tao-moi");
        doc.remove("nationalCode");
        doc.remove("version");
        mvc.perform(post("/api/v1/admin/procedures").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/admin/procedures/thu-nghiem.tao-moi"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/admin/procedures").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/admin/procedures/thu-nghiem.tao-moi").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/procedures/thu-nghiem.tao-moi").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void roles_limit_what_an_operator_may_do() throws Exception {
        String ops = basic("ops", "ops-pw");
        mvc.perform(get("/api/v1/admin/bookings").header(HttpHeaders.AUTHORIZATION, ops))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/v1/admin/procedures/" + ID).header(HttpHeaders.AUTHORIZATION, ops))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/admin/procedures/" + ID).header(HttpHeaders.AUTHORIZATION, ops)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/unanswered").header(HttpHeaders.AUTHORIZATION, ops))
                .andExpect(status().isForbidden());
    }

    @Test
    void unanswered_questions_are_listed_for_staff() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"unicorn teleport mars\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/unanswered").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.text == 'unicorn teleport mars')]").exists())
                .andExpect(jsonPath("$.groups").isArray());
    }

    @Test
    void pages_need_a_csrf_token_and_public_endpoints_need_none() throws Exception {
        mvc.perform(post("/admin/unanswered/dismiss").param("ids", "x")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN")))
                // refused: without a token the form is treated like one from an expired session
                .andExpect(redirectedUrl("/admin/login?expired"));
        mvc.perform(post("/admin/unanswered/dismiss").param("ids", "x")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        // endpoints with their own signature checks must not be stopped by the console's security
        String push = "{\"status\": 2, \"procedure\": \"ho-tich.khai-sinh\", \"applicantPhone\": \"0912345678\","
                + " \"receivedAt\": \"2026-11-20T08:30:00+07:00\", \"dueAt\": \"2026-11-21T08:30:00+07:00\"}";
        String timestamp = String.valueOf(java.time.Instant.now().getEpochSecond());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("push-test-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = java.util.HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + push).getBytes(StandardCharsets.UTF_8)));
        mvc.perform(put("/api/v1/dossiers/000.00.00.H99-261127-0099").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Motcua-Timestamp", timestamp).header("X-Motcua-Signature", "sha256=" + signature)
                        .content(push))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isNotIn(401, 403));
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"câu trả lời chưa đúng ý tôi\", \"helpful\": false}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/admin/unanswered").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$.items[?(@.text == 'câu trả lời chưa đúng ý tôi')].reason").value("unhelpful"));
    }

    @Test
    void a_missing_procedure_page_is_a_404() throws Exception {
        mvc.perform(get("/admin/procedures/khong-co")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_api_attaches_an_unanswered_question_and_the_same_question_is_answered_right() throws Exception {
        String question = "wibbly plonk dorvath";
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + question + "\"}"))
                .andExpect(jsonPath("$.intent").value("out_of_scope"));
        String inbox = mvc.perform(get("/api/v1/admin/unanswered").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = null;
        for (var item : json.readTree(inbox).get("items")) {
            if (item.get("text").asText().equals(question)) {
                id = item.get("id").asText();
            }
        }
        org.assertj.core.api.Assertions.assertThat(id).isNotNull();

        mvc.perform(post("/api/v1/admin/unanswered/attach").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [\"" + id + "\"], \"procedure\": \"ho-tich.khai-sinh\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + question + "\"}"))
                .andExpect(jsonPath("$.intent").value("procedure"))
                .andExpect(jsonPath("$.procedures[0].id").value("ho-tich.khai-sinh"));
        mvc.perform(get("/api/v1/admin/unanswered").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$.items[?(@.text == '" + question + "')]").isEmpty());
    }

    @Test
    void an_uploaded_national_record_is_imported_searchable_and_in_the_history() throws Exception {
        byte[] record = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../knowledge/src/test/resources/national-records/other/1.000107.json"));
        var session = new org.springframework.mock.web.MockHttpSession();
        var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("admin").roles("ADMIN");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "1.000107.json",
                                "application/json", record))
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "hong.json",
                                "application/json", "{\"ma_thu_tuc\": ".getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(editor)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected[0].where", containsString("hong.json")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "1.000107.json",
                                "application/json", record))
                        .session(session).with(editor)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added[0]").value("1.000107"))
                .andExpect(jsonPath("$.failed").value(false));

        mvc.perform(get("/api/v1/admin/procedures?q=tạm nhập vàng nguyên liệu").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$.items[0].id").value("1.000107"));
        mvc.perform(get("/api/v1/admin/procedures/1.000107/revisions").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$[0].change").value("imported"))
                .andExpect(jsonPath("$[0].author").value("admin"));
    }

    @Test
    void an_operator_sees_the_operator_pages_and_not_the_editor() throws Exception {
        var operator = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ops").roles("OPERATOR");
        mvc.perform(get("/admin/bookings").with(operator)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Đặt dịch vụ bưu chính công ích")));
        mvc.perform(get("/admin/dossier-lookups").with(operator)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("không bao giờ được lưu")));
        mvc.perform(get("/admin").with(operator)).andExpect(status().isOk());
        mvc.perform(get("/admin/procedures").with(operator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/unanswered").with(operator)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(operator)).andExpect(status().isForbidden());
    }

    @Test
    void operators_see_dossier_lookups_without_the_second_factor() throws Exception {
        String conversation = "lookup-audit-test-1";
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .content("{\"conversation\": \"" + conversation + "\", \"text\": \"000.00.00.H99-251103-0002\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON)
                .content("{\"conversation\": \"" + conversation + "\", \"text\": \"9876\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/admin/dossier-lookups").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("ops").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("000.00.00.H99-251103-0002")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("sai thông tin xác minh")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("9876"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(conversation))));
    }

    @Autowired
    vn.motcua.bot.postal.Bookings bookings;
    @Autowired
    vn.motcua.bot.address.AdminUnits units;

    @Test
    void operators_follow_postal_bookings_and_move_them_only_along_allowed_states() throws Exception {
        var commune = units.commune("00379").orElseThrow();
        var request = new vn.motcua.bot.postal.BookingRequest("admin-it-draft", vn.motcua.bot.postal.BookingKind.PICKUP,
                "ho-tich.khai-sinh", "Đăng ký khai sinh", null, "Nguyễn Văn An",
                new vn.motcua.bot.postal.PhoneNumber("0912345678"),
                new vn.motcua.bot.postal.PostalAddress("8 Láng Hạ", commune,
                        units.province(commune.provinceCode()).orElseThrow()),
                new vn.motcua.bot.postal.TimeWindow(java.time.LocalDate.of(2026, 11, 30),
                        vn.motcua.bot.postal.TimeWindow.Part.AFTERNOON),
                new vn.motcua.bot.message.ConversationKey(vn.motcua.bot.message.Channel.WEB, "admin-it-citizen"));
        String reference = bookings.place(request, java.time.Instant.now()).booking().reference();
        String ops = basic("ops", "ops-pw");
        var operator = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("ops").roles("OPERATOR");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        mvc.perform(get("/api/v1/admin/bookings").header(HttpHeaders.AUTHORIZATION, ops))
                .andExpect(jsonPath("$.items[?(@.reference == '" + reference + "')].state").value("requested"));
        mvc.perform(get("/admin/bookings").with(operator))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(reference)));

        mvc.perform(post("/admin/bookings/" + reference + "/state").with(operator).with(csrf)
                        .param("state", "sent_to_post_office").param("postalReference", "EMS123456VN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", containsString(reference)));
        mvc.perform(post("/admin/bookings/" + reference + "/state").with(operator).with(csrf).param("state", "done"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", containsString("Không thể chuyển")));

        var booking = bookings.find(reference).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(booking.state()).isEqualTo(vn.motcua.bot.postal.BookingState.SENT_TO_POST_OFFICE);
        org.assertj.core.api.Assertions.assertThat(booking.postalReference()).isEqualTo("EMS123456VN");
        org.assertj.core.api.Assertions.assertThat(booking.history().get(1).note()).contains("ops");
    }
}
