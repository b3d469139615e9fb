package vn.motcua.adapters.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real browser (Debian's headless Chromium through chromedriver): a signed-out
 * visitor reaches nothing; an editor signs in, changes a fee and watches the preview follow before
 * saving; a question the assistant could not answer is attached to a procedure in one step and is
 * answered right the next time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.data-dir=target/test-data/browser",
        "assistant.admin.password=browser-test-pw"})
class AdminConsoleBrowserIT {
    static {
        // edits, revisions and the inbox persist under the data dir: start each run from the seeds
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/test-data/browser"));
    }

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws Exception {
        assertThat(new File(CHROMIUM)).as("install with scripts/install-test-deps.sh").exists();
        assertThat(new File(CHROMEDRIVER)).as("install with scripts/install-test-deps.sh").exists();
        profile = Files.createTempDirectory("admin-browser-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void signIn() {
        browser.get(url("/admin/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("browser-test-pw");
        browser.findElement(By.id("signin")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/admin")));
    }

    private JsonNode ask(String question) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/ask")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", question))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void a_signed_out_visitor_reaches_nothing() throws Exception {
        for (String page : List.of("/admin", "/admin/procedures", "/admin/procedures/ho-tich.khai-sinh",
                "/admin/unanswered", "/admin/audit", "/admin/bookings")) {
            browser.get(url(page));
            waiting().until(ExpectedConditions.urlContains("/admin/login"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập quản trị");
            assertThat(browser.getPageSource()).doesNotContain("ho-tich.khai-sinh");
        }
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/procedures")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/admin/unanswered/dismiss")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ids=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isIn(302, 401, 403);
        assertThat(forged.body()).doesNotContain("Đã bỏ qua");
    }

    @Test
    void an_editor_changes_a_fee_sees_the_preview_follow_and_the_assistant_answers_with_it() throws Exception {
        signIn();
        browser.get(url("/admin/procedures?q=kết hôn"));
        browser.findElement(By.linkText("Đăng ký kết hôn")).click();
        waiting().until(ExpectedConditions.urlContains("/admin/procedures/ho-tich.ket-hon"));

        new Select(browser.findElement(By.id("previewSection"))).selectByValue("fees");
        WebElement preview = browser.findElement(By.id("preview-answer"));
        waiting().until(ExpectedConditions.textToBePresentInElement(preview, "Phí, lệ phí:"));
        assertThat(preview.getText()).doesNotContain("Lệ phí thử 45.000 đồng");

        WebElement fee = browser.findElement(By.id("fee"));
        fee.clear();
        fee.sendKeys("Lệ phí thử 45.000 đồng");
        waiting().until(ExpectedConditions.textToBePresentInElement(preview, "Phí, lệ phí: Lệ phí thử 45.000 đồng"));

        browser.findElement(By.id("save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Đã lưu"));
        assertThat(ask("lệ phí đăng ký kết hôn bao nhiêu tiền").get("answer").asText())
                .contains("Lệ phí thử 45.000 đồng");

        browser.findElement(By.linkText("Lịch sử sửa")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.diff"),
                "Lệ phí thử 45.000 đồng"));

        List<WebElement> revisions = browser.findElements(By.cssSelector("article.revision"));
        revisions.get(revisions.size() - 1).findElement(By.tagName("button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Đã khôi phục"));
        assertThat(browser.findElement(By.id("fee")).getAttribute("value")).doesNotContain("Lệ phí thử 45.000 đồng");
        assertThat(ask("lệ phí đăng ký kết hôn bao nhiêu tiền").get("answer").asText())
                .doesNotContain("Lệ phí thử 45.000 đồng");
    }

    @Test
    void an_unanswered_question_is_attached_to_a_procedure_and_answered_right_next_time() throws Exception {
        String question = "zorblax quiffle frombic";
        assertThat(ask(question).get("intent").asText()).isEqualTo("out_of_scope");

        signIn();
        browser.get(url("/admin/unanswered"));
        WebElement group = browser.findElements(By.cssSelector("article.group")).stream()
                .filter(g -> g.getText().contains(question)).findFirst().orElseThrow();
        WebElement procedure = group.findElement(By.name("procedure"));
        procedure.clear();
        procedure.sendKeys("ho-tich.khai-tu");
        group.findElement(By.cssSelector("form.attach button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Đã gắn"));
        assertThat(browser.getPageSource()).doesNotContain(question);

        JsonNode after = ask(question);
        assertThat(after.get("intent").asText()).isEqualTo("procedure");
        assertThat(after.get("procedures").get(0).get("id").asText()).isEqualTo("ho-tich.khai-tu");
    }

    @Test
    void national_records_are_uploaded_with_a_progress_bar_and_a_report() throws Exception {
        signIn();
        browser.get(url("/admin/import"));
        Path record = Path.of("../knowledge/src/test/resources/national-records/other/1.003563.json").toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(record.normalize().toString());
        browser.findElement(By.id("start")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã nhập xong"));
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("thêm 1");
        assertThat(browser.findElement(By.id("added")).getText()).contains("1.003563");
    }
}
