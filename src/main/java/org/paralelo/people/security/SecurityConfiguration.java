package org.paralelo.people.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.paralelo.people.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's security configurer with our login view; views are denied unless annotated. Method security is on:
 * every service method carries {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessions) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/paralelo.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(management -> management
                .sessionFixation(fixation -> fixation.changeSessionId())
                // Unlimited sessions per person, but registered, so disabling an account can end them.
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwords,
                                                LoginThrottle throttle, SignInBursts bursts) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, bursts));
    }
}
