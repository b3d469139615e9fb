package vn.motcua.adapters.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zalo's single-use refresh tokens across a restart, against a fake OAuth server. */
class ZaloTokensIT {
    private static final WireMockServer oauth = new WireMockServer(options().dynamicPort());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir
    Path data;

    @BeforeAll
    static void start() {
        oauth.start();
    }

    @AfterAll
    static void stop() {
        oauth.stop();
    }

    @BeforeEach
    void stubs() {
        oauth.resetAll();
        oauth.stubFor(post(urlPathEqualTo("/v4/oa/access_token")).withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(okJson("{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"1\"}")));
        oauth.stubFor(post(urlPathEqualTo("/v4/oa/access_token")).withRequestBody(containing("refresh_token=refresh-2"))
                .willReturn(okJson("{\"access_token\":\"access-3\",\"refresh_token\":\"refresh-3\",\"expires_in\":\"90000\"}")));
    }

    private ZaloTokens tokens(String configuredRefreshToken) {
        ZaloSettings settings = new ZaloSettings("app-1", "oa-key", "app-secret", null, configuredRefreshToken,
                oauth.baseUrl(), oauth.baseUrl(), Duration.ofHours(48));
        return new ZaloTokens(settings, data.resolve("zalo-tokens.json"), http, json, Clock.systemUTC());
    }

    @Test
    void after_a_restart_the_new_refresh_token_is_used_not_the_spent_one() throws Exception {
        assertThat(tokens("refresh-1").current()).isEqualTo("access-2");
        assertThat(Files.readString(data.resolve("zalo-tokens.json"))).contains("refresh-2");

        // a new process with the same configuration: the configured refresh-1 is spent, refresh-2 is on disk;
        // access-2 expired (expires_in 1 s, renewed five minutes early), so it renews with refresh-2
        assertThat(tokens("refresh-1").current()).isEqualTo("access-3");
        assertThat(oauth.findAll(postRequestedFor(urlPathEqualTo("/v4/oa/access_token"))))
                .extracting(r -> r.getBodyAsString().contains("refresh_token=refresh-1")).containsExactly(true, false);
        assertThat(oauth.findAll(postRequestedFor(urlPathEqualTo("/v4/oa/access_token"))).get(0).getHeader("secret_key"))
                .isEqualTo("app-secret");
    }

    @Test
    void an_operator_who_configures_a_new_refresh_token_overrides_the_file() throws Exception {
        tokens("refresh-1").current();
        assertThat(tokens("refresh-2").current()).as("a new configured token wins").isEqualTo("access-3");
    }

    @Test
    void a_rejected_token_is_renewed_once_even_when_several_sends_saw_it_rejected() throws Exception {
        ZaloTokens tokens = tokens("refresh-1");
        String first = tokens.current();
        String renewed = tokens.renewAfterRejection(first);
        assertThat(tokens.renewAfterRejection(first)).as("already renewed by another send").isEqualTo(renewed);
    }
}
