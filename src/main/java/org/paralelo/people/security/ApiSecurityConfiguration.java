package org.paralelo.people.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.session.ConcurrentSessionFilter;

/**
 * The JSON API under {@code /api/**} (search, package upload, …): signed in through the browser session or HTTP
 * Basic, both through the same throttled sign-in as the login page. Anonymous calls get 401, never a redirect to
 * the login page. CSRF protection stays for session (cookie) calls and is skipped only for calls that carry their
 * own credentials in an Authorization header, which a browser never adds by itself. Sessions an admin revoked
 * (account disabled, roles changed) are refused here as on the pages.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                       SessionRegistry sessions) throws Exception {
        BasicAuthenticationEntryPoint unauthorized = new BasicAuthenticationEntryPoint();
        unauthorized.setRealmName("Paralelo");
        unauthorized.afterPropertiesSet();
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ConcurrentSessionFilter(sessions,
                        expired -> expired.getResponse().sendError(HttpServletResponse.SC_UNAUTHORIZED)),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .headers(headers -> headers.contentTypeOptions(options -> { }));
        return http.build();
    }
}
