package vn.motcua.adapters.warmup;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /api/v1/ping} to this instance over loopback, on a kept-alive connection: the web stack
 * (Tomcat, the filter chain, Spring MVC, Jackson) is most of what the JIT still compiled under load after
 * the answering pipeline was warm, and ping, with no state and no rate limit, goes through it without a
 * trace. Its requests carry a per-start token in {@link #HEADER} so that they are not observed (no
 * request metrics; see {@code WarmUpConfiguration}). A plain socket rather than an HTTP client, so that the
 * JIT does not spend the warm-up compiling the client too.
 */
final class LoopbackPing implements AutoCloseable {
    static final String HEADER = "X-Motcua-Warm-Up";

    private final int port;
    private final byte[] request;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackPing(int port, String token) {
        this.port = port;
        this.request = ("GET /api/v1/ping HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + HEADER + ": " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One ping; a connection the server closed (Tomcat does after 100 requests) is opened again once. */
    void ping() throws IOException {
        try {
            exchange();
        } catch (IOException closed) {
            close();
            exchange();
        }
    }

    private void exchange() throws IOException {
        if (socket == null) {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String head = head();
        if (!head.startsWith("HTTP/1.1 200")) {
            throw new IOException("ping answered " + head.lines().findFirst().orElse(""));
        }
        String lower = head.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            int end = lower.indexOf("\r\n", at + 2);
            skip(Long.parseLong(lower.substring(at + 17, end).trim()));
        } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
            long size;
            while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
                skip(size + 2); // the chunk and its CRLF
            }
            line(); // the empty trailer
        } else {
            throw new IOException("ping answered without a length");
        }
        if (lower.contains("\r\nconnection: close")) {
            close();
        }
    }

    private void skip(long bytes) throws IOException {
        for (long skipped = 0; skipped < bytes; skipped++) {
            if (in.read() < 0) {
                throw new EOFException();
            }
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (c < 0) {
            throw new EOFException();
        }
        return line.toString();
    }

    /** The status line and headers, up to the blank line. */
    private String head() throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (c == '\n' && head.length() >= 4 && head.charAt(head.length() - 3) == '\n') {
                return head.toString();
            }
        }
        throw new EOFException("connection closed");
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket: nothing to do about a failure
            }
            socket = null;
        }
    }
}
