package org.paralelo.programme.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Calendar apps fetch feeds without a session, so {@code GET /calendario/*} is open to anyone (as media downloads
 * are opened in {@code media.web}); the secret token in the address decides what, if anything, is answered.
 * Other methods on the path stay denied by Vaadin's configurer.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
            calendarFeedsNeedOnlyTheirToken() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/calendario/*").permitAll();
    }
}
