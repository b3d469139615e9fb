package vn.motcua.adapters.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.bot.receiving.FloodGuard;

/**
 * Per-client limit on the ask and chat APIs, by client address (behind the province's reverse proxy,
 * {@code server.forward-headers-strategy=native} takes it from X-Forwarded-For). A person chatting never reaches it; a script hammering the
 * API gets 429 while everyone else is served. {@code assistant.rate-limits.enabled=false} turns it off.
 */
@Component
class ClientRateLimit extends OncePerRequestFilter {
    /**
     * Sixty requests at once, then five a second: a commune office's kiosk or an integration asking for
     * many citizens stays well below it; a script hammering the API does not.
     */
    static final FloodGuard.Limit PER_CLIENT = new FloodGuard.Limit(60, Duration.ofMillis(200));

    private final FloodGuard guard;
    private final Clock clock;

    ClientRateLimit(FloodGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(path.equals("/api/v1/ask") || path.equals("/api/v1/chat"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (guard.admit("web:" + request.getRemoteAddr(), PER_CLIENT, clock.instant()) != FloodGuard.Admission.ADMITTED) {
            response.setStatus(429);
            response.setHeader("Retry-After", "1");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"rate_limited\",\"message\":"
                    + "\"Bạn gửi yêu cầu quá nhanh. Vui lòng chờ vài giây rồi thử lại.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
