package vn.motcua.adapters.redis;

import io.lettuce.core.ClientOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A real {@code redis-server} (the Debian package) for a test class, on a free port, without
 * persistence. Register it as a static {@code @RegisterExtension} field; tests may {@link #kill()} and
 * {@link #restart()} it (same port) to play an outage.
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback {
    private final int port = freePort();
    private Path workDir;
    private Process process;
    private LettuceConnectionFactory clients;

    /** Nested test classes get the callbacks too: only the outermost class starts and stops the server. */
    private int openClasses;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (openClasses++ == 0) {
            start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--openClasses > 0) {
            return;
        }
        if (clients != null) {
            clients.destroy();
            clients = null;
        }
        kill();
    }

    /**
     * A template on this server, configured as the application configures its own: commands fail at
     * once while disconnected, and Lettuce reconnects after a restart. Closed with the server.
     */
    public synchronized StringRedisTemplate template() {
        if (clients == null) {
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    .commandTimeout(Duration.ofSeconds(2))
                    .clientOptions(ClientOptions.builder()
                            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                    .build();
            clients = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port), client);
            clients.afterPropertiesSet();
            clients.start();
        }
        return new StringRedisTemplate(clients);
    }

    public int port() {
        return port;
    }

    /** Spring properties pointing the assistant at this server. */
    public String[] springProperties() {
        return new String[] {"assistant.store=redis", "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.port=" + port};
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            if (workDir == null) {
                workDir = Files.createTempDirectory("redis-test-");
            }
            process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                    "--dir", workDir.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server (apt-get install redis-server)", e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitPong();
    }

    /** Ends the server at once (SIGKILL), as a crash would; every client sees its connection drop. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a fresh, empty server on the same port after {@link #kill()}. */
    public void restart() {
        kill();
        start();
    }

    public void flushAll() {
        command("FLUSHALL");
    }

    private void awaitPong() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start, see " + workDir.resolve("redis.log"));
            }
            try {
                if (command("PING").startsWith("+PONG")) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("redis-server did not answer PING on port " + port);
    }

    /** One inline command over a plain socket: enough for PING and FLUSHALL. */
    private String command(String inline) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return line.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
