package vn.motcua.adapters.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Local fakes of the three platforms' APIs on one WireMock server: the Telegram Bot API, the Zalo OA and
 * OAuth APIs, and Twilio's Messages API. The real telegrambots, Twilio SDK and Zalo client talk to it.
 */
final class FakeChannelApis {
    static final String TELEGRAM_TOKEN = "123456:TEST-token";
    static final String TWILIO_SID = "AC00000000000000000000000000000001";
    static final String ZALO_OLD_TOKEN = "old-access";
    static final String ZALO_NEW_TOKEN = "new-access";
    private static final String BOT = "/bot" + Pattern.quote(TELEGRAM_TOKEN) + "/";

    final WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(20));

    FakeChannelApis start() {
        server.start();
        // Telegram: anything not stubbed more precisely succeeds (deleteWebhook, setWebhook, answerCallbackQuery)
        server.stubFor(post(urlPathMatching(BOT + ".*")).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        // an empty poll, slowed down as Telegram's long poll would be, so the loop does not spin
        server.stubFor(post(urlPathMatching(BOT + "(?i)getupdates")).atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(150)));
        server.stubFor(post(urlPathMatching(BOT + "(?i)sendmessage")).atPriority(5).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1764230000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}")));
        // Zalo: the configured access token has expired; the refresh token buys a new one
        server.stubFor(post(urlPathEqualTo("/v3.0/oa/message/cs")).withHeader("access_token", equalTo(ZALO_OLD_TOKEN))
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
        server.stubFor(post(urlPathEqualTo("/v3.0/oa/message/cs")).withHeader("access_token", equalTo(ZALO_NEW_TOKEN))
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\"}}")));
        server.stubFor(post(urlPathEqualTo("/v4/oa/access_token")).withHeader("secret_key", equalTo("zalo-app-secret"))
                .withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(okJson("{\"access_token\":\"" + ZALO_NEW_TOKEN + "\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"90000\"}")));
        // Twilio
        server.stubFor(post(urlPathEqualTo("/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\",\"account_sid\":\"" + TWILIO_SID + "\"}")));
        return this;
    }

    String url() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    /** The next poll (and only it) returns this update. */
    void pollReturns(String scenario, String updateJson) {
        server.stubFor(post(urlPathMatching(BOT + "(?i)getupdates")).atPriority(1)
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("delivered")
                .willReturn(okJson("{\"ok\":true,\"result\":[" + updateJson + "]}")));
    }

    /** Every sendMessage fails with a 502 (Telegram unreachable for this instance); the rest still works. */
    FakeChannelApis telegramRefusesToSend() {
        server.stubFor(post(urlPathMatching(BOT + "(?i)sendmessage")).atPriority(1)
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")));
        return this;
    }

    /** The first sendMessage to this chat gets a 429 asking to retry after {@code seconds}. */
    void telegramThrottlesOnce(long chatId, int seconds) {
        server.stubFor(post(urlPathMatching(BOT + "(?i)sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId))))
                .inScenario("throttle-" + chatId).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("throttled")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + seconds
                                + "\",\"parameters\":{\"retry_after\":" + seconds + "}}")));
    }

    List<LoggedRequest> telegramSent(long chatId) {
        return server.findAll(postRequestedFor(urlPathMatching(BOT + "(?i)sendmessage"))
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId)))));
    }

    List<LoggedRequest> telegramCalls(String method) {
        return server.findAll(postRequestedFor(urlPathMatching(BOT + "(?i)" + method)));
    }

    List<LoggedRequest> zaloSent(String userId) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/v3.0/oa/message/cs"))
                .withHeader("access_token", equalTo(ZALO_NEW_TOKEN))
                .withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo(userId))));
    }

    List<LoggedRequest> zaloRefreshes() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/v4/oa/access_token")));
    }

    List<LoggedRequest> smsSent(String phone) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json"))
                .withRequestBody(containing("To=" + java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8))));
    }
}
