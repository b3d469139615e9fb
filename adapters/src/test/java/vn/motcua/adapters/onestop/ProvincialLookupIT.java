package vn.motcua.adapters.onestop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.dossier.Dossier;
import vn.motcua.bot.dossier.DossierRegistry;
import vn.motcua.bot.dossier.DossierStatus;
import vn.motcua.bot.dossier.InMemorySubscriptions;
import vn.motcua.bot.dossier.NotifyingSubscribers;
import vn.motcua.bot.dossier.Subscription;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.understanding.DossierCode;

/** The pull client over real HTTP against a fake provincial lookup API (WireMock). */
class ProvincialLookupIT {
    static final DossierCode CODE = new DossierCode("000.00.21.H42-251103-0012");

    WireMockServer province;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-15T03:00:00Z"));
    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @BeforeEach
    void start() {
        province = new WireMockServer(options().dynamicPort());
        province.start();
    }

    @AfterEach
    void stop() {
        province.stop();
    }

    ProvincialLookup lookup(Duration timeout) {
        var fields = new OnestopSettings.Fields("/data/trangThai", "/data/maThuTuc", "/data/soDienThoai",
                "/data/soGiayTo", "/data/hoTen", "/data/coQuan", "/data/ghiChu", "/data/ngayTiepNhan", "/data/ngayHenTra");
        var pull = new OnestopSettings.Pull(province.baseUrl() + "/api/tra-cuu?ma={code}", Map.of("X-Api-Key", "k"),
                Duration.ofSeconds(1), timeout, Duration.ofMinutes(5), Duration.ofMinutes(1), 2, Duration.ofSeconds(60),
                Duration.ofMinutes(15), fields, Map.of("DANG_XU_LY", 4, "DA_XU_LY_XONG", 9));
        return new ProvincialLookup(pull, json, clock);
    }

    void provinceSays(String status) {
        province.stubFor(get(urlPathEqualTo("/api/tra-cuu")).withQueryParam("ma", equalTo(CODE.value()))
                .willReturn(okJson("""
                        {"data": {"maHoSo": "%s", "trangThai": "%s", "maThuTuc": "1.001193",
                          "soDienThoai": "0912345678", "hoTen": "Nguyễn Văn Tỉnh", "ghiChu": null,
                          "ngayTiepNhan": "2026-11-03T08:30:00+07:00", "ngayHenTra": "2026-11-20"}}
                        """.formatted(CODE.value(), status))));
    }

    @Test
    void reads_the_fields_where_the_mapping_points_and_maps_status_values() {
        provinceSays("DANG_XU_LY");
        Dossier d = lookup(Duration.ofSeconds(10)).find(CODE).orElseThrow();
        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(d.procedure()).isEqualTo("1.001193");
        assertThat(d.applicantPhone()).isEqualTo("0912345678");
        assertThat(d.note()).isNull();
        assertThat(d.dueOn()).hasToString("2026-11-20");
        province.verify(getRequestedFor(urlPathEqualTo("/api/tra-cuu")).withHeader("X-Api-Key", equalTo("k")));
    }

    @Test
    void an_unknown_code_is_not_found_whether_404_or_an_empty_200() {
        province.stubFor(get(urlPathEqualTo("/api/tra-cuu")).willReturn(notFound()));
        assertThat(lookup(Duration.ofSeconds(10)).find(CODE)).isEmpty();
        province.stubFor(get(urlPathEqualTo("/api/tra-cuu")).willReturn(okJson("{\"data\": null}")));
        assertThat(lookup(Duration.ofSeconds(10)).find(CODE)).isEmpty();
    }

    @Test
    void answers_are_cached_until_their_ttl_runs_out() {
        provinceSays("DANG_XU_LY");
        ProvincialLookup lookup = lookup(Duration.ofSeconds(10));
        lookup.find(CODE);
        lookup.find(CODE);
        province.verify(1, getRequestedFor(urlPathEqualTo("/api/tra-cuu")));
        clock.advance(Duration.ofMinutes(6));
        lookup.find(CODE);
        province.verify(2, getRequestedFor(urlPathEqualTo("/api/tra-cuu")));
    }

    @Test
    void a_slow_system_times_out_and_then_is_not_called_while_the_circuit_is_open() {
        province.stubFor(get(urlPathEqualTo("/api/tra-cuu")).willReturn(okJson("{}").withFixedDelay(3000)));
        ProvincialLookup lookup = lookup(Duration.ofMillis(200));
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> lookup.find(CODE)).isInstanceOf(DossierRegistry.Unavailable.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        }
        assertThat(lookup.circuitOpen()).isTrue();
        assertThatThrownBy(() -> lookup.find(CODE)).isInstanceOf(DossierRegistry.Unavailable.class)
                .hasMessageContaining("circuit open");
        province.verify(2, getRequestedFor(urlPathEqualTo("/api/tra-cuu")));

        // after the open period one trial goes out; a healthy answer closes the circuit
        clock.advance(Duration.ofSeconds(61));
        province.resetAll();
        provinceSays("DANG_XU_LY");
        assertThat(lookup.find(CODE)).isPresent();
        assertThat(lookup.circuitOpen()).isFalse();
    }

    @Test
    void server_errors_count_as_unavailable_not_as_unknown() {
        province.stubFor(get(urlPathEqualTo("/api/tra-cuu")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> lookup(Duration.ofSeconds(10)).find(CODE)).isInstanceOf(DossierRegistry.Unavailable.class);
    }

    @Test
    void polling_tells_a_follower_of_a_change_once() {
        var subscriptions = new InMemorySubscriptions(List.of());
        var follower = new ConversationKey(Channel.SMS, "+84912345678");
        subscriptions.subscribe(new Subscription(follower, CODE, DossierStatus.IN_PROGRESS, clock.instant()));
        List<String> sent = new ArrayList<>();
        OutboundChannel sms = new OutboundChannel() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public void send(String recipient, List<Reply> replies) {
                sent.add(recipient + ": " + replies.get(0).text());
            }
        };
        var poller = new SubscriptionPoller(lookup(Duration.ofSeconds(10)), subscriptions,
                new NotifyingSubscribers(subscriptions, List.of(sms), Runnable::run));

        provinceSays("DANG_XU_LY");
        assertThat(poller.pollOnce()).isEqualTo(1);
        assertThat(sent).isEmpty();
        province.resetAll();
        provinceSays("DA_XU_LY_XONG");
        poller.pollOnce();
        poller.pollOnce();
        assertThat(sent).singleElement().asString().startsWith("+84912345678: Hồ sơ " + CODE.value())
                .contains("Đã xử lý xong");
        poller.close();
    }

    /** A clock the test moves forward by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
