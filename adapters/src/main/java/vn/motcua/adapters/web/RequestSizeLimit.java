package vn.motcua.adapters.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies far beyond any real question before they are read into memory; a 4,000
 * character question is at most 16 KB of UTF-8, so 64 KB leaves room for JSON and for channel webhooks
 * (a Telegram update, a Zalo event or a Twilio form is a few KB). A body sent without a length
 * (chunked) is counted while it is read and refused once it passes the bound.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {
    static final long MAX_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") && !path.startsWith("/webhooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            refuse(response);
            return;
        }
        chain.doFilter(length < 0 ? new BoundedBody(request) : request, response);
    }

    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"body_too_large\",\"message\":\"Nội dung gửi lên quá lớn.\"}");
    }

    /** A body past the bound; {@link ApiErrorHandler} answers 413. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("body_too_large", null, false, false);
        }
    }

    /** A request whose body, of unknown length, may be read up to {@link #MAX_BYTES}. */
    private static final class BoundedBody extends HttpServletRequestWrapper {
        private ServletInputStream body;
        private java.io.BufferedReader reader;

        BoundedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedInput(super.getInputStream());
            }
            return body;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            if (reader == null) {
                String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                reader = new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class CountedInput extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        CountedInput(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
