package vn.motcua.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.knowledge.KnowledgeBase;

/**
 * The operator's path: {@code java -jar motcua-assistant.jar import --data-dir DIR --replace records},
 * then the server started on the same data dir answers from the imported procedures only.
 */
@SpringBootTest(properties = "assistant.data-dir=" + ImportThenAskIT.DATA_DIR)
@AutoConfigureMockMvc
class ImportThenAskIT {
    static final String DATA_DIR = "target/test-data/import-then-ask";
    private static final Path JAR = Path.of("target/motcua-assistant.jar");

    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase knowledgeBase;

    @BeforeAll
    static void importWithTheRealJar() throws Exception {
        deleteRecursively(Path.of(DATA_DIR));
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "import", "--data-dir", DATA_DIR, "--replace",
                ImportCommandTest.RECORDS.toString())
                .redirectErrorStream(true).start();
        String output = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue()).as(output).isZero();
        assertThat(output).contains("Thêm mới: 59");
    }

    @Test
    void the_server_holds_only_the_imported_procedures() {
        assertThat(knowledgeBase.size()).isEqualTo(59);
        assertThat(knowledgeBase.all()).allSatisfy(p -> assertThat(p.id()).isEqualTo(p.nationalCode()));
    }

    @Test
    void ask_answers_from_an_imported_procedure() throws Exception {
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"chứng thực bản sao từ bản chính giấy tờ mất bao nhiêu tiền\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures[0].id").value("2.000815"))
                .andExpect(jsonPath("$.procedures[0].nationalCode").value("2.000815"));
        mvc.perform(post("/api/v1/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hòa giải tranh chấp đất đai cần giấy tờ gì\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures[0].id").value("1.012812"))
                .andExpect(jsonPath("$.answer", containsString("Đơn yêu cầu yêu cầu hòa giải tranh chấp đất đai")));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
