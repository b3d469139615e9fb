package vn.motcua.adapters.admin;

import static org.springframework.http.HttpMethod.GET;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors. The admin API: stateless HTTP Basic, no CSRF (scripts send no token), 401 in JSON
 * without credentials. The admin pages: a login form, a session that times out, CSRF tokens on
 * every form. Everything else (chat, ask, health, webhooks, dossier pushes) stays open and without
 * CSRF: those endpoints check their own signatures.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final String ADMIN = Role.ADMIN.name();
    private static final String EDITOR = Role.EDITOR.name();
    private static final String OPERATOR = Role.OPERATOR.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager staffAccounts(AdminSettings settings, PasswordEncoder encoder) {
        return StaffAccounts.from(settings, encoder);
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/admin/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GET, "/api/v1/admin/procedures/**").hasAnyRole(ADMIN, EDITOR, OPERATOR)
                        .requestMatchers("/api/v1/admin/procedures/**", "/api/v1/admin/unanswered/**",
                                "/api/v1/admin/import/**").hasAnyRole(ADMIN, EDITOR)
                        .requestMatchers("/api/v1/admin/bookings/**").hasAnyRole(ADMIN, OPERATOR)
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        json(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                "Cần đăng nhập (HTTP Basic).", true)))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        json(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                                "Tài khoản không có quyền này.", false)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/login", "/admin/admin.css", "/admin/*.js").permitAll()
                        .requestMatchers("/admin/procedures/**", "/admin/unanswered/**", "/admin/import/**")
                        .hasAnyRole(ADMIN, EDITOR)
                        .requestMatchers("/admin/bookings/**", "/admin/dossier-lookups/**")
                        .hasAnyRole(ADMIN, OPERATOR)
                        .requestMatchers("/admin/audit/**").hasRole(ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin", false)
                        .failureUrl("/admin/login?error"))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .sessionManagement(s -> s.invalidSessionUrl("/admin/login?expired"))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static void json(HttpServletResponse response, int status, String error, String message,
                             boolean challenge) throws IOException {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"motcua-admin\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
