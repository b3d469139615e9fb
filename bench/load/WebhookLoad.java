import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook load for bench/load/webhooks.sh, run as a single-file program ({@code java WebhookLoad.java}).
 * It is both sides the assistant talks to: a fake Telegram Bot API and Twilio REST API that record every
 * send call, and the platforms pushing signed webhooks (Telegram webhook mode, Twilio SMS) from many
 * concurrent senders. Each inbound message comes from its own chat or phone number, so "no lost message"
 * means every sender got at least one outbound call at the fake. Exits 1 on any non-200 webhook or any
 * unanswered sender.
 *
 * <p>Arguments: fakePort appUrl messagesPerChannel concurrency questionsFile telegramSecret twilioToken
 * publicUrl drainSeconds [apiLatencyMillis: how long the fake API takes to answer a send, default 0]
 */
public class WebhookLoad {
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final Map<String, AtomicInteger> TELEGRAM_SENT = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> SMS_SENT = new ConcurrentHashMap<>();
    private static final AtomicLong FAKE_CALLS = new AtomicLong();
    private static final AtomicLong OTHER_CALLS = new AtomicLong();
    private static long apiLatencyMillis;
    /** When the last send call of each channel reached the fake (System.nanoTime), to tell their drain rates apart. */
    private static final AtomicLong LAST_TELEGRAM = new AtomicLong();
    private static final AtomicLong LAST_SMS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int fakePort = Integer.parseInt(args[0]);
        String app = args[1];
        int n = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        List<String> questions = Files.readAllLines(Path.of(args[4])).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String telegramSecret = args[5];
        String twilioToken = args[6];
        String publicUrl = args[7];
        int drainSeconds = Integer.parseInt(args[8]);
        apiLatencyMillis = args.length > 9 ? Long.parseLong(args[9]) : 0;

        HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", fakePort), 512);
        fake.setExecutor(Executors.newFixedThreadPool(64));
        fake.createContext("/", WebhookLoad::fakeApi);
        fake.start();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        waitUntilUp(client, app);

        List<HttpRequest> telegram = new ArrayList<>();
        List<HttpRequest> sms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String q = questions.get(i % questions.size());
            long chat = 100_000 + i;
            String update = "{\"update_id\":" + (5_000_000 + i) + ",\"message\":{\"message_id\":" + (i + 1)
                    + ",\"date\":" + (System.currentTimeMillis() / 1000) + ",\"chat\":{\"id\":" + chat
                    + ",\"type\":\"private\"},\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"B\"},"
                    + "\"text\":" + jsonString(q) + "}}";
            telegram.add(HttpRequest.newBuilder(URI.create(app + "/webhooks/telegram"))
                    .header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", telegramSecret)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build());

            Map<String, String> form = new TreeMap<>();
            form.put("MessageSid", String.format("SM%032d", i));
            form.put("AccountSid", "AC00000000000000000000000000000001");
            form.put("From", phone(i));
            form.put("To", "+15005550006");
            form.put("Body", q);
            form.put("NumSegments", "1");
            StringBuilder signed = new StringBuilder(publicUrl.replaceAll("/+$", "") + "/webhooks/sms");
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> {
                signed.append(k).append(v);
                body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            });
            sms.add(HttpRequest.newBuilder(URI.create(app + "/webhooks/sms"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", hmacSha1(twilioToken, signed.toString()))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }
        // interleave the two channels, as a busy morning would
        List<HttpRequest> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(telegram.get(i));
            all.add(sms.get(i));
        }

        long[] latencies = new long[all.size()];
        int[] statuses = new int[all.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            senders.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < all.size(); ) {
                    long t0 = System.nanoTime();
                    try {
                        statuses[i] = client.send(all.get(i), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        statuses[i] = -1;
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        long sentNanos = System.nanoTime() - start;

        long drainStart = System.nanoTime();
        while (answered(TELEGRAM_SENT, n, i -> String.valueOf(100_000 + i)) + answered(SMS_SENT, n, WebhookLoad::phone) < 2L * n
                && System.nanoTime() - drainStart < drainSeconds * 1_000_000_000L) {
            Thread.sleep(50);
        }
        long drainedMillis = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(1000); // late duplicates would show in the call counts
        fake.stop(0);

        int telegramErrors = 0, smsErrors = 0;
        for (int i = 0; i < all.size(); i++) {
            if (statuses[i] != 200) {
                if (i % 2 == 0) telegramErrors++; else smsErrors++;
            }
        }
        long tAnswered = answered(TELEGRAM_SENT, n, i -> String.valueOf(100_000 + i));
        long sAnswered = answered(SMS_SENT, n, WebhookLoad::phone);
        System.out.printf("webhooks: %d telegram + %d sms, %d concurrent senders, %.1f webhooks/s, fake API answers in %d ms%n",
                n, n, concurrency, all.size() / (sentNanos / 1e9), apiLatencyMillis);
        System.out.printf("  telegram webhook: non-200 %d, %s%n", telegramErrors, percentiles(latencies, 0));
        System.out.printf("  sms webhook:      non-200 %d, %s%n", smsErrors, percentiles(latencies, 1));
        System.out.printf("  answered at the fake: telegram %d/%d senders (%d sendMessage calls), sms %d/%d senders (%d Messages calls), other calls %d%n",
                tAnswered, n, total(TELEGRAM_SENT), sAnswered, n, total(SMS_SENT), OTHER_CALLS.get());
        System.out.printf("  every reply at the fake %d ms after the first webhook (%.1f replies/s)%n",
                drainedMillis, (tAnswered + sAnswered) / (drainedMillis / 1000.0));
        long telegramMillis = (LAST_TELEGRAM.get() - start) / 1_000_000, smsMillis = (LAST_SMS.get() - start) / 1_000_000;
        System.out.printf("  last telegram reply at %d ms (%.1f/s), last sms reply at %d ms (%.1f/s)%n",
                telegramMillis, total(TELEGRAM_SENT) / (telegramMillis / 1000.0), smsMillis, total(SMS_SENT) / (smsMillis / 1000.0));
        boolean ok = telegramErrors + smsErrors == 0 && tAnswered == n && sAnswered == n;
        System.out.println(ok ? "RESULT ok" : "RESULT FAILED: errors or lost messages");
        System.exit(ok ? 0 : 1);
    }

    interface Key { String of(int i); }

    private static long answered(Map<String, AtomicInteger> sent, int n, Key key) {
        long count = 0;
        for (int i = 0; i < n; i++) if (sent.containsKey(key.of(i))) count++;
        return count;
    }

    private static long total(Map<String, AtomicInteger> sent) {
        return sent.values().stream().mapToLong(AtomicInteger::get).sum();
    }

    private static String phone(int i) {
        return String.format("+8490%07d", i);
    }

    private static String percentiles(long[] latencies, int parity) {
        long[] mine = new long[latencies.length / 2];
        for (int i = parity, j = 0; i < latencies.length; i += 2) mine[j++] = latencies[i];
        Arrays.sort(mine);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", mine[mine.length / 2] / 1e6,
                mine[Math.min(mine.length - 1, (int) (mine.length * 0.99))] / 1e6, mine[mine.length - 1] / 1e6);
    }

    private static void fakeApi(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        FAKE_CALLS.incrementAndGet();
        if (apiLatencyMillis > 0) {
            try {
                Thread.sleep(apiLatencyMillis); // the platform's API is far away: Telegram from Vietnam is ~100 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = 200;
        String answer;
        if (path.startsWith("/bot") && path.toLowerCase().endsWith("/sendmessage")) {
            Matcher m = CHAT_ID.matcher(body);
            String chat = m.find() ? m.group(1) : "?";
            TELEGRAM_SENT.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
            LAST_TELEGRAM.set(System.nanoTime());
            answer = "{\"ok\":true,\"result\":{\"message_id\":" + FAKE_CALLS.get() + ",\"date\":"
                    + (System.currentTimeMillis() / 1000) + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"ok\"}}";
        } else if (path.startsWith("/bot")) {
            OTHER_CALLS.incrementAndGet();
            answer = "{\"ok\":true,\"result\":true}";
        } else if (path.endsWith("/Messages.json")) {
            String to = "?";
            for (String pair : body.split("&")) {
                if (pair.startsWith("To=")) to = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
            }
            SMS_SENT.computeIfAbsent(to, c -> new AtomicInteger()).incrementAndGet();
            LAST_SMS.set(System.nanoTime());
            status = 201;
            answer = "{\"sid\":\"SM" + FAKE_CALLS.get() + "\",\"status\":\"queued\",\"to\":\"" + to + "\"}";
        } else {
            OTHER_CALLS.incrementAndGet();
            status = 404;
            answer = "{}";
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /** Ready: started, and the start-up warm-up done (readiness is held until then). */
    private static void waitUntilUp(HttpClient client, String app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = client.send(HttpRequest.newBuilder(URI.create(app + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the assistant did not come up at " + app);
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static String hmacSha1(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
