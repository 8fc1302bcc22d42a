package org.paralelo.people.security;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security configurer with our sign-in page; views are denied unless annotated. Method security is on:
 * every service method carries {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessions, RequestUtil vaadinRequests) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/paralelo.css", "/icons/**", "/images/**").permitAll()
                .requestMatchers("/assets/**").permitAll()
                // The sign-in page with any query (?lang=en, ?done=…): form login permits only its exact URLs.
                .requestMatchers(HttpMethod.GET, "/login").permitAll()
                // Vaadin's own background requests (?v-r=heartbeat…) keep the error Vaadin gave them. Otherwise the 403
                // for a heartbeat a page sends after its session ended became a redirect to /login, which the browser
                // follows in the background: that GET made a second new session beside the sign-in page's, and when
                // its cookie came last the form's CSRF token no longer matched, so the next sign-in showed /login again.
                .requestMatchers(request -> request.getDispatcherType() == DispatcherType.ERROR
                        && request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) != null).permitAll());
        http.sessionManagement(management -> management
                .sessionFixation(fixation -> fixation.changeSessionId())
                // Unlimited sessions per person, but registered, so disabling an account can end them.
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"));
        SecurityHeaders.apply(http);
        // Vaadin exempts its login path from CSRF; ours requires the token there (the login form posts it from the
        // page's hidden _csrf field, see SignInPage) and exempts only Vaadin's own traffic, which it protects itself.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The sign-in page is SignInPage, plain HTML without Vaadin's client; signing out comes back to it.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login?logout")
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    PasswordCheck passwordCheck(UserDetailsService accounts, PasswordEncoder passwords) {
        return new PasswordCheck(accounts, passwords);
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordCheck passwordCheck, LoginThrottle throttle,
                                                SignInBursts bursts, SignInAudit audit, AccountKeys accountKeys) {
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, bursts, audit,
                accountKeys));
    }
}
