package vn.motcua.adapters.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.ZaloTokenStore;

/**
 * What every Zalo token store must do, driven through the real {@link ZaloTokens} against a fake Zalo
 * OAuth server that, like Zalo, accepts each refresh token once. Extend it and say how to open the
 * store, how another holder of the same tokens sees it, and how a restarted process sees it.
 */
public abstract class ZaloTokenStoreContract {
    private final WireMockServer oauth = new WireMockServer(options().dynamicPort());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A store holding nothing yet. */
    protected abstract ZaloTokenStore open();

    /**
     * The tokens of {@link #open()} as another holder sees them while it runs: another instance on the
     * shared store, or, for a store private to one process, another sender of that process.
     */
    protected abstract ZaloTokenStore anotherHolder();

    /** The tokens of {@link #open()} as a restarted process sees them. */
    protected abstract ZaloTokenStore restarted();

    @BeforeEach
    void fakeZalo() {
        oauth.start();
        refreshOnce("refresh-1", "{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"1\"}", 0);
        refreshOnce("refresh-2", "{\"access_token\":\"access-3\",\"refresh_token\":\"refresh-3\",\"expires_in\":\"90000\"}", 0);
        // slow enough that concurrent renewals overlap
        refreshOnce("refresh-c", "{\"access_token\":\"access-c2\",\"refresh_token\":\"refresh-c2\",\"expires_in\":\"90000\"}", 400);
    }

    /** Like Zalo: a refresh token is accepted once, then refused. */
    private void refreshOnce(String refreshToken, String answer, int delayMillis) {
        oauth.stubFor(post(urlPathEqualTo("/v4/oa/access_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken + "&"))
                .inScenario(refreshToken).whenScenarioStateIs(STARTED).willSetStateTo("spent")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(answer).withFixedDelay(delayMillis)));
        oauth.stubFor(post(urlPathEqualTo("/v4/oa/access_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken + "&"))
                .inScenario(refreshToken).whenScenarioStateIs("spent")
                .willReturn(okJson("{\"error\":-14014,\"message\":\"Invalid refresh token\"}")));
    }

    @AfterEach
    void stopFakeZalo() {
        oauth.stop();
    }

    private ZaloTokens tokens(ZaloTokenStore store, String configuredRefreshToken) {
        return tokens(store, null, configuredRefreshToken);
    }

    private ZaloTokens tokens(ZaloTokenStore store, String configuredAccessToken, String configuredRefreshToken) {
        ZaloSettings settings = new ZaloSettings("app-1", "oa-key", "app-secret", configuredAccessToken, configuredRefreshToken,
                oauth.baseUrl(), oauth.baseUrl(), Duration.ofHours(48));
        return new ZaloTokens(settings, store, http, json, Clock.systemUTC());
    }

    private List<LoggedRequest> refreshes() {
        return oauth.findAll(postRequestedFor(urlPathEqualTo("/v4/oa/access_token")));
    }

    @Test
    void after_a_restart_the_new_refresh_token_is_used_not_the_spent_one() throws Exception {
        assertThat(tokens(open(), "refresh-1").current()).isEqualTo("access-2");

        // a new process with the same configuration: the configured refresh-1 is spent, refresh-2 is stored;
        // access-2 expired (expires_in 1 s, renewed five minutes early), so it renews with refresh-2
        assertThat(tokens(restarted(), "refresh-1").current()).isEqualTo("access-3");
        assertThat(refreshes()).extracting(r -> r.getBodyAsString().contains("refresh_token=refresh-1"))
                .containsExactly(true, false);
        assertThat(refreshes().get(0).getHeader("secret_key")).isEqualTo("app-secret");
        assertThat(refreshes().get(0).getBodyAsString()).contains("app_id=app-1", "grant_type=refresh_token");
    }

    @Test
    void an_operator_who_configures_a_new_refresh_token_overrides_the_stored_one() throws Exception {
        tokens(open(), "refresh-1").current();
        assertThat(tokens(restarted(), "refresh-2").current()).as("a newly configured token wins").isEqualTo("access-3");
    }

    @Test
    void a_rejected_token_is_renewed_once_even_when_several_holders_saw_it_rejected() throws Exception {
        ZaloTokens one = tokens(open(), "access-c1", "refresh-c");
        ZaloTokens other = tokens(anotherHolder(), "access-c1", "refresh-c");
        String first = one.current();
        assertThat(first).isEqualTo("access-c1");
        assertThat(other.current()).isEqualTo(first);

        String renewed = one.renewAfterRejection(first);
        assertThat(renewed).isEqualTo("access-c2");
        assertThat(other.renewAfterRejection(first)).as("already renewed by the other holder").isEqualTo(renewed);
        assertThat(one.renewAfterRejection(first)).isEqualTo(renewed);
        assertThat(refreshes()).hasSize(1);
    }

    @Test
    void two_holders_renewing_at_once_refresh_once_and_end_with_the_same_token() throws Exception {
        ZaloTokens one = tokens(open(), "refresh-c");
        ZaloTokens other = tokens(anotherHolder(), "refresh-c");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = threads.submit(() -> {
                start.await();
                return one.current();
            });
            Future<String> b = threads.submit(() -> {
                start.await();
                return other.current();
            });
            assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo("access-c2");
            assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo("access-c2");
        } finally {
            threads.shutdownNow();
        }
        assertThat(refreshes()).as("Zalo asked once: the refresh token is single-use").hasSize(1);
        assertThat(tokens(restarted(), "refresh-c").current()).isEqualTo("access-c2");
        assertThat(refreshes()).hasSize(1);
    }
}
